import type BetterSqlite3 from "better-sqlite3";
import type pg from "pg";
import { Prisma } from "../../../prisma/generated/sqlite/client";

/**
 * SQL straight through the database driver, on the connection (SQLite) or pool (PostgreSQL) that
 * Prisma uses. Prisma's own path costs about 0.5–2 ms of CPU per statement on top of the driver
 * (its query compiler, transaction bookkeeping, result conversion), which dominated the scheduler's
 * hottest transactions and reads (docs/BENCHMARKS.md). Statements are the same typed `Prisma.sql`
 * fragments the rest of the store composes, so they stay parameterised for both dialects.
 */

/** Rows as the driver gives them; store/queries/common/raw-values.ts and store/transaction.ts normalise the values. */
export type RawRow = Record<string, unknown>;

/**
 * The raw-SQL surface shared by a Prisma transaction client and a driver transaction, so the hot
 * state changes (store/instance-state.ts, store/dag-status.ts, runtime/claims.ts) run in either.
 */
export type SqlRunner = {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<number>;
};

export type DriverReader = (statement: Prisma.Sql) => Promise<RawRow[]>;
export type DriverTransaction = <T>(work: (tx: SqlRunner) => Promise<T>) => Promise<T>;
export type DriverSql = { readRows: DriverReader; inTransaction: DriverTransaction };

/** One lock for every transaction on the shared SQLite connection: Prisma's and the driver's. */
export class ConnectionLock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return acquired;
  }
}

export function sqliteDriverSql(connection: () => BetterSqlite3.Database, lock: ConnectionLock): DriverSql {
  const statements = new Map<string, BetterSqlite3.Statement>();
  let cachedFor: BetterSqlite3.Database | null = null;
  const prepare = (text: string): BetterSqlite3.Statement => {
    const database = connection();
    if (cachedFor !== database) {
      statements.clear();
      cachedFor = database;
    }
    let prepared = statements.get(text);
    if (!prepared) {
      prepared = database.prepare(text);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
      statements.set(text, prepared);
    }
    return prepared;
  };
  const query = (statement: Prisma.Sql): RawRow[] => {
    const prepared = prepare(statement.sql);
    const values = statement.values.map(toSqliteValue);
    if (prepared.reader) return prepared.all(...values) as RawRow[];
    prepared.run(...values);
    return [];
  };
  const execute = (statement: Prisma.Sql): number => prepare(statement.sql).run(...statement.values.map(toSqliteValue)).changes;
  const runner = runnerOf(async (statement) => query(statement), async (statement) => execute(statement));
  return {
    readRows: async (statement) => query(statement),
    inTransaction: async (work) => {
      const release = await lock.acquire();
      try {
        // IMMEDIATE takes the write lock at once (busy_timeout waits for another process's writer).
        prepare("BEGIN IMMEDIATE").run();
        try {
          const result = await work(runner);
          prepare("COMMIT").run();
          return result;
        } catch (error) {
          if (connection().inTransaction) prepare("ROLLBACK").run();
          throw error;
        }
      } finally {
        release();
      }
    },
  };
}

/** PostgreSQL: the pool Prisma's adapter was given. BIGINT and COUNT come back as strings. */
export function postgresDriverSql(pool: pg.Pool): DriverSql {
  const run = async (client: pg.Pool | pg.PoolClient, statement: Prisma.Sql) =>
    client.query<RawRow>(statement.text, statement.values.map(toPostgresValue));
  return {
    readRows: async (statement) => (await run(pool, statement)).rows,
    inTransaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        try {
          const result = await work(
            runnerOf(
              async (statement) => (await run(client, statement)).rows,
              async (statement) => (await run(client, statement)).rowCount ?? 0,
            ),
          );
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        }
      } finally {
        client.release();
      }
    },
  };
}

function runnerOf(query: (statement: Prisma.Sql) => Promise<RawRow[]>, execute: (statement: Prisma.Sql) => Promise<number>): SqlRunner {
  const statementOf = (input: TemplateStringsArray | Prisma.Sql, values: unknown[]): Prisma.Sql =>
    input instanceof Prisma.Sql ? input : Prisma.sql(input, ...(values as Prisma.Sql[]));
  return {
    $queryRaw: <T>(input: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => query(statementOf(input, values)) as Promise<T>,
    $executeRaw: (input: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => execute(statementOf(input, values)),
  };
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
