import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import fs from "node:fs";
import path from "node:path";
import { PrismaClient as SqlitePrismaClient } from "@/prisma/generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "@/prisma/generated/postgresql/client";
import { getConsoleEnv } from "@/lib/env";

/**
 * The console's database: the same one the engine uses (DATABASE_URL), opened through a Prisma
 * driver adapter. The two generated clients share one data model, so the console is typed against
 * the SQLite one. One client per process; dev's hot reload keeps it on globalThis.
 */
export type PrismaClient = SqlitePrismaClient;

type ConsoleDbCache = { url: string; client: Promise<PrismaClient> };
const globalCache = globalThis as typeof globalThis & { __nightshiftConsoleDb?: ConsoleDbCache };

/** Opens a new client for a `file:` or `postgresql://` URL (callers own its lifetime). */
export async function openConsoleDb(url: string): Promise<PrismaClient> {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const prisma = new SqlitePrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
    // WAL lets the console read while the engine's scheduler writes; busy_timeout waits out short write locks.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    return prisma;
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 5 }) }) as unknown as PrismaClient;
  }
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`);
}

/** The process's console database client, opened once from DATABASE_URL. */
export function getConsoleDb(): Promise<PrismaClient> {
  if (!globalCache.__nightshiftConsoleDb) {
    const url = getConsoleEnv().DATABASE_URL;
    const client = openConsoleDb(url);
    // A failed open is not cached, so the next request tries again.
    client.catch(() => {
      if (globalCache.__nightshiftConsoleDb?.client === client) globalCache.__nightshiftConsoleDb = undefined;
    });
    globalCache.__nightshiftConsoleDb = { url, client };
  }
  return globalCache.__nightshiftConsoleDb.client;
}

/** Tests only: makes getConsoleDb() answer with this client (or forget it with null). */
export function setConsoleDbForTesting(client: PrismaClient | null, url = "test"): void {
  globalCache.__nightshiftConsoleDb = client ? { url, client: Promise.resolve(client) } : undefined;
}
