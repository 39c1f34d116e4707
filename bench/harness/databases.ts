import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../../engine/src/store/database";
import { migrate } from "../../engine/src/store/migrate";
import type { Store } from "./figures";
import { openRawPostgres, openRawSqlite, type RawSql } from "./raw-sql";

/**
 * The PostgreSQL server the benchmarks use. Only the `postgres` database is touched, and only to
 * CREATE and DROP the benchmarks' own `nightshift_bench_*` databases.
 */
export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const BENCH_DATABASE_PREFIX = "nightshift_bench_";

/** A migrated database of one store, reachable through the engine (Prisma) and through the raw driver. */
export type BenchDatabase = {
  store: Store;
  name: string;
  url: string;
  engine: Database;
  raw: RawSql;
  drop(): Promise<void>;
};

/** Benchmarks talk to loopback only (the project's network rule for tests and benchmarks). */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const isLoopback = host === "localhost" || host === "::1" || (net.isIPv4(host) && host.startsWith("127."));
  if (!isLoopback) throw new Error(`benchmarks connect only to loopback; ${host} is not`);
}

export async function isPostgresAvailable(): Promise<boolean> {
  assertLoopback(POSTGRES_ADMIN_URL);
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database named after the benchmark; `drop()` removes it (file or PostgreSQL database). */
export async function createBenchDatabase(store: Store, label: string): Promise<BenchDatabase> {
  const name = `${BENCH_DATABASE_PREFIX}${label.replace(/[^a-z0-9]/g, "_")}_${crypto.randomBytes(4).toString("hex")}`;
  if (store === "sqlite") {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-bench-"));
    const file = path.join(directory, `${name}.db`);
    const engine = await openDatabase(`file:${file}`);
    await migrate(engine);
    const raw = openRawSqlite(file);
    return {
      store, name, url: `file:${file}`, engine, raw,
      drop: async () => {
        await raw.close();
        await engine.close();
        fs.rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  return connectBenchPostgres(name);
}

/** Connects to an existing bench database (a dataset kept with --keep). */
export async function connectBenchPostgres(name: string): Promise<BenchDatabase> {
  if (!name.startsWith(BENCH_DATABASE_PREFIX)) throw new Error(`not a bench database: ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const engine = await openDatabase(url.toString());
  await migrate(engine);
  const raw = openRawPostgres(url.toString());
  return {
    store: "postgresql", name, url: url.toString(), engine, raw,
    drop: async () => {
      await raw.close();
      await engine.close();
      await dropPostgresDatabase(name);
    },
  };
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  if (!name.startsWith(BENCH_DATABASE_PREFIX)) throw new Error(`refusing to drop ${name}: not a bench database`);
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export async function findBenchPostgresDatabase(prefix: string): Promise<string | undefined> {
  return withAdminClient(async (client) => {
    const result = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname LIMIT 1",
      [`${BENCH_DATABASE_PREFIX}${prefix}%`],
    );
    return result.rows[0]?.datname;
  });
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  assertLoopback(POSTGRES_ADMIN_URL);
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
