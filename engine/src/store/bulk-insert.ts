import { Prisma } from "../../../prisma/generated/sqlite/client";
import type { Dialect } from "./database";
import { chunked, type DbClient } from "./transaction";

export type BulkColumn = { name: string; type: "bigint" | "int" | "text" };
export type BulkValue = bigint | number | string | null;

const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts many rows with one statement per few thousand rows, the rows travelling as one JSON
 * parameter (json_each on SQLite; jsonb_array_elements on PostgreSQL, parsed once, not per field).
 * Binding a parameter per value costs Prisma far more than the database's own work.
 * `table` and column names are trusted constants, never user input.
 */
export async function bulkInsert(
  db: DbClient,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly BulkValue[])[],
  options: { onConflictDoNothing?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const dialect = dialectOfClient(db);
  const columnList = Prisma.raw(columns.map((column) => `"${column.name}"`).join(", "));
  const selectList = Prisma.raw(columns.map((column, index) => selectExpression(dialect, column, index)).join(", "));
  const conflict = Prisma.raw(options.onConflictDoNothing ? " ON CONFLICT DO NOTHING" : "");
  const tableName = Prisma.raw(`"${table}"`);
  for (const batch of chunked(rows, ROWS_PER_STATEMENT)) {
    const json = `[${batch.map((row) => `[${row.map(toJsonValue).join(",")}]`).join(",")}]`;
    if (dialect === "sqlite") {
      // "WHERE true" lets SQLite parse ON CONFLICT after INSERT … SELECT.
      await db.$executeRaw`INSERT INTO ${tableName} (${columnList}) SELECT ${selectList} FROM json_each(${json}) WHERE true${conflict}`;
    } else {
      await db.$executeRaw`INSERT INTO ${tableName} (${columnList}) SELECT ${selectList} FROM jsonb_array_elements(${json}::jsonb) AS "value"${conflict}`;
    }
  }
}

function selectExpression(dialect: Dialect, column: BulkColumn, index: number): string {
  if (dialect === "sqlite") return `"value"->>${index}`;
  const cast = column.type === "bigint" ? "::bigint" : column.type === "int" ? "::integer" : "";
  return `("value"->>${index})${cast}`;
}

function toJsonValue(value: BulkValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

/** Which database a Prisma client (root or transaction) talks to. */
export function dialectOfClient(db: DbClient): Dialect {
  const provider = (db as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql" || provider === "postgres") return "postgresql";
  if (provider === "sqlite") return "sqlite";
  throw new Error(`unknown Prisma provider "${provider ?? "?"}"`);
}
