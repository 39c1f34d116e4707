import Sqlite from "better-sqlite3";
import pg from "pg";
import type { Store } from "./figures";

export type Row = Record<string, unknown>;

/** The raw driver as the references use it: `?` placeholders on both stores, no ORM in between. */
export type RawSession = {
  store: Store;
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement and returns the number of rows it changed. */
  execute(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Sends SQL exactly as another client sent it (placeholders already in the store's own form). */
  replay<T extends Row = Row>(sql: string, values: readonly unknown[]): Promise<T[]>;
};

export type RawSql = RawSession & {
  /** Several statements on one connection, with no transaction of its own (the statements may hold BEGIN/COMMIT). */
  onOneConnection<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  /** BEGIN (IMMEDIATE on SQLite) … COMMIT on one connection; ROLLBACK if `work` throws. */
  transaction<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** `?` → `$1, $2, …` for PostgreSQL. The benchmarks' own SQL never has `?` inside a literal. */
export function toPostgresPlaceholders(sql: string): string {
  let position = 0;
  return sql.replace(/\?/g, () => `$${++position}`);
}

export function openRawPostgres(url: string, maxConnections = 8): RawSql {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  const sessionOf = (client: pg.Pool | pg.PoolClient): RawSession => ({
    store: "postgresql",
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(toPostgresPlaceholders(sql), [...params])).rows as T[],
    execute: async (sql, params = []) => (await client.query(toPostgresPlaceholders(sql), [...params])).rowCount ?? 0,
    replay: async <T extends Row>(sql: string, values: readonly unknown[]) => (await client.query(sql, [...values])).rows as T[],
  });
  return {
    ...sessionOf(pool),
    onOneConnection: async (work) => {
      const client = await pool.connect();
      try {
        const result = await work(sessionOf(client));
        client.release();
        return result;
      } catch (error) {
        // The work may have left a transaction open: drop the connection rather than return it.
        client.release(true);
        throw error;
      }
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(sessionOf(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * better-sqlite3 the way its documentation recommends using it: WAL, synchronous=NORMAL and
 * prepared statements reused across calls (the engine's store uses the same pragmas).
 */
export function openRawSqlite(file: string): RawSql & { connection: Sqlite.Database } {
  const connection = new Sqlite(file);
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = NORMAL");
  connection.pragma("busy_timeout = 5000");
  const statements = new Map<string, Sqlite.Statement>();
  const prepared = (sql: string): Sqlite.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const session: RawSession = {
    store: "sqlite",
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => {
      const statement = prepared(sql);
      if (statement.reader) return statement.all(...params.map(toSqliteValue)) as T[];
      statement.run(...params.map(toSqliteValue));
      return [];
    },
    execute: async (sql, params = []) => prepared(sql).run(...params.map(toSqliteValue)).changes,
    replay: (sql, values) => session.query(sql, values),
  };
  return {
    ...session,
    connection,
    onOneConnection: async (work) => {
      try {
        return await work(session);
      } catch (error) {
        if (connection.inTransaction) prepared("ROLLBACK").run();
        throw error;
      }
    },
    transaction: async (work) => {
      prepared("BEGIN IMMEDIATE").run();
      try {
        const result = await work(session);
        prepared("COMMIT").run();
        return result;
      } catch (error) {
        if (connection.inTransaction) prepared("ROLLBACK").run();
        throw error;
      }
    },
    close: async () => void connection.close(),
  };
}

/** better-sqlite3 binds booleans as nothing; the schema stores them as 0/1. */
function toSqliteValue(value: unknown): unknown {
  return typeof value === "boolean" ? (value ? 1 : 0) : value;
}
