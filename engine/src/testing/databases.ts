import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database, type Dialect } from "../store/database";
import { migrate } from "../store/migrate";

/** The PostgreSQL server the storage tests use (loopback only). */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * Whether a service that a suite needs is reachable. With REQUIRE_SERVICES=1 (CI) a missing
 * service is a failure, not a skip.
 */
export async function isServiceReachable(name: string, host: string, port: number): Promise<boolean> {
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
  if (!reachable && process.env.REQUIRE_SERVICES === "1") {
    throw new Error(`${name} is not reachable on ${host}:${port} and REQUIRE_SERVICES=1`);
  }
  if (!reachable) console.warn(`[skip] ${name} is not reachable on ${host}:${port}; its suites are skipped`);
  return reachable;
}

export const isPostgresReachable = (): Promise<boolean> => {
  const url = new URL(POSTGRES_ADMIN_URL);
  return isServiceReachable("PostgreSQL", url.hostname, Number(url.port || 5432));
};

export type TestDatabase = Database & { drop(): Promise<void> };

/** A fresh, migrated database of the given dialect, private to one test file. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const suffix = crypto.randomBytes(5).toString("hex");
  if (dialect === "sqlite") {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-test-"));
    const database = await openDatabase(`file:${path.join(directory, `${suffix}.db`)}`);
    await migrate(database);
    return {
      ...database,
      drop: async () => {
        await database.close();
        fs.rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  const name = `nightshift_test_${suffix}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase(url.toString());
  await migrate(database);
  return {
    ...database,
    drop: async () => {
      await database.close();
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
