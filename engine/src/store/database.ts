import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import fs from "node:fs";
import path from "node:path";
import { PrismaClient as SqlitePrismaClient } from "../../../prisma/generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "../../../prisma/generated/postgresql/client";

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
    const prisma = new SqlitePrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
    // WAL lets readers (the RPC endpoint) run while the scheduler writes; busy_timeout waits out
    // the short write locks instead of failing.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
    return { prisma, dialect, url, close: () => prisma.$disconnect() };
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  const prisma = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  return { prisma, dialect, url, close: () => prisma.$disconnect() };
}
