import { Prisma } from "../../../../../prisma/generated/sqlite/client";

/**
 * Composable SQL fragments (sql-template-tag, as re-exported by Prisma). Both generated clients
 * share this runtime, and Prisma turns the placeholders into `?` or `$n` for the dialect.
 */
export const sql = Prisma.sql;
export const join = Prisma.join;
export const empty = Prisma.empty;
export type Sql = Prisma.Sql;

/** `AND`s the fragments; `TRUE` when there are none. */
export function allOf(conditions: readonly Sql[]): Sql {
  return conditions.length === 0 ? sql`1 = 1` : join([...conditions], " AND ");
}

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped (use with ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
