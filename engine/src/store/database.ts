import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaClient as SqlitePrismaClient } from "../../../prisma/generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "../../../prisma/generated/postgresql/client";
import { ConnectionLock, postgresDriverSql, sqliteDriverSql, type DriverReader, type DriverTransaction } from "./driver-sql";

/**
 * The two generated clients share one data model (prisma/schema); their model APIs are identical,
 * so the engine is typed against the SQLite one.
 */
export type PrismaClient = SqlitePrismaClient;
export type Dialect = "sqlite" | "postgresql";

export type Database = {
  prisma: PrismaClient;
  dialect: Dialect;
  url: string;
  /** Typed raw SQL straight through the driver, for the hottest reads (see driver-sql.ts). */
  readRows: DriverReader;
  /** A write transaction on the driver itself, for the scheduler's hottest state changes (see driver-sql.ts). */
  inDriverTransaction: DriverTransaction;
  close(): Promise<void>;
};

export function dialectOf(url: string): Dialect {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`);
}

/** Opens the database named by a `file:` or `postgresql://` URL through a Prisma driver adapter. */
export async function openDatabase(url: string): Promise<Database> {
  const dialect = dialectOf(url);
  if (dialect === "sqlite") {
    const file = url.slice("file:".length);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const adapter = new ConnectionSharingSqliteAdapter({ url });
    const prisma = new SqlitePrismaClient({ adapter });
    // WAL lets readers (the RPC endpoint) run while the scheduler writes; busy_timeout waits out
    // the short write locks instead of failing.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
    const driver = sqliteDriverSql(() => adapter.connection(), adapter.lock);
    return { prisma, dialect, url, readRows: driver.readRows, inDriverTransaction: driver.inTransaction, close: () => prisma.$disconnect() };
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server dropped (a restart, say) errors on the pool; pg discards it and the
  // next query connects afresh. Unheard, that event would end the process.
  pool.on("error", () => undefined);
  const prisma = new PostgresPrismaClient({ adapter: new PrismaPg(pool) }) as unknown as PrismaClient;
  const driver = postgresDriverSql(pool);
  return {
    prisma,
    dialect,
    url,
    readRows: driver.readRows,
    inDriverTransaction: driver.inTransaction,
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

const SQLITE_MAX_BIND_VALUES = 32_766;

/**
 * Prisma's SQLite adapter, keeping a hand on the connection it opens so that driver-sql.ts can
 * share it, and making Prisma's transactions take the same lock as the driver's (one connection
 * holds one transaction at a time).
 */
class ConnectionSharingSqliteAdapter extends PrismaBetterSQLite3 {
  readonly lock = new ConnectionLock();
  private current: BetterSqlite3.Database | null = null;

  override async connect(): ReturnType<PrismaBetterSQLite3["connect"]> {
    const adapter = await super.connect();
    // The adapter keeps the better-sqlite3 handle as its `client`.
    this.current = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    // The adapter reports no limit, so Prisma assumes SQLite's historic 999 bound values and refuses
    // larger `in` lists (a deploy of a 1,000-node workspace failed); this build of SQLite takes 32,766.
    adapter.getConnectionInfo = () => ({ supportsRelationJoins: false, maxBindValues: SQLITE_MAX_BIND_VALUES });
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const release = await this.lock.acquire();
      try {
        const transaction = await startTransaction(isolationLevel);
        const { commit, rollback } = transaction;
        transaction.commit = async () => {
          try {
            await commit.call(transaction);
          } finally {
            release();
          }
        };
        transaction.rollback = async () => {
          try {
            await rollback.call(transaction);
          } finally {
            release();
          }
        };
        return transaction;
      } catch (error) {
        release();
        throw error;
      }
    };
    return adapter;
  }

  connection(): BetterSqlite3.Database {
    if (!this.current?.open) throw new Error("the SQLite connection is not open (the database was closed)");
    return this.current;
  }
}
