import type BetterSqlite3 from "better-sqlite3";
import type pg from "pg";
import type { Prisma } from "../../../prisma/generated/sqlite/client";

/** Rows as the driver gives them; the readers in store/queries/common/raw-values.ts normalise the values. */
export type RawRow = Record<string, unknown>;

/**
 * Reads through the database driver itself, on the connection (SQLite) or pool (PostgreSQL) that
 * Prisma uses. Prisma's own path costs about 1–2 ms of CPU per query on top of the driver (query
 * planning in its WASM compiler, result conversion), which dominated the hottest reads: the
 * instance list and single-instance lookups (docs/BENCHMARKS.md). The statement is the same typed
 * `Prisma.sql` fragment the rest of the store composes.
 */
export type DriverReader = (statement: Prisma.Sql) => Promise<RawRow[]>;

/**
 * SQLite: the one connection Prisma also uses (so a read sees exactly what a Prisma query would),
 * with prepared statements cached by text.
 */
export function sqliteDriverReader(connection: () => BetterSqlite3.Database): DriverReader {
  const statements = new Map<string, BetterSqlite3.Statement>();
  let cachedFor: BetterSqlite3.Database | null = null;
  return async (statement) => {
    const database = connection();
    if (cachedFor !== database) {
      statements.clear();
      cachedFor = database;
    }
    let prepared = statements.get(statement.sql);
    if (!prepared) {
      prepared = database.prepare(statement.sql);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
      statements.set(statement.sql, prepared);
    }
    return prepared.all(...statement.values.map(toSqliteValue)) as RawRow[];
  };
}

/** PostgreSQL: the pool Prisma's adapter was given. BIGINT and COUNT come back as strings. */
export function postgresDriverReader(pool: pg.Pool): DriverReader {
  return async (statement) => (await pool.query<RawRow>(statement.text, statement.values.map(toPostgresValue))).rows;
}

const STATEMENT_CACHE_SIZE = 200;

function toSqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}

function toPostgresValue(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value === undefined) return null;
  return value;
}
