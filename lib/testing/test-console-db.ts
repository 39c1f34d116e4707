import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openConsoleDb, setConsoleDbForTesting, type PrismaClient } from "@/lib/server/db";
import { setSecretKeyForTesting } from "@/lib/server/crypto/secret-box";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations/sqlite");

export type TTestConsoleDb = {
  databaseUrl: string;
  /** The temp folder holding the database; removed by close(). */
  dir: string;
  db: PrismaClient;
  close(): Promise<void>;
};

/**
 * A fresh SQLite database in a temp folder with every migration applied (recorded the way the
 * engine's `migrate` records them, so an engine started on it skips them), installed as the
 * process's getConsoleDb(), and a random secret key for sealSecret/openSecret.
 */
export async function createTestConsoleDb(options: { install?: boolean } = {}): Promise<TTestConsoleDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-console-test-"));
  const file = path.join(dir, "console.db");
  applyMigrations(file);
  const databaseUrl = `file:${file}`;
  const db = await openConsoleDb(databaseUrl);
  if (options.install ?? true) {
    setConsoleDbForTesting(db, databaseUrl);
    setSecretKeyForTesting(randomBytes(32));
  }
  return {
    databaseUrl,
    dir,
    db,
    async close() {
      await db.$disconnect();
      if (options.install ?? true) setConsoleDbForTesting(null);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "_nightshift_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" BIGINT NOT NULL)`);
    const names = fs.readdirSync(MIGRATIONS_DIR).filter((name) => /^\d{4}_.+\.sql$/.test(name)).sort();
    const record = sqlite.prepare(`INSERT INTO "_nightshift_migrations" ("name", "appliedAt") VALUES (?, ?)`);
    sqlite.transaction(() => {
      for (const name of names) {
        sqlite.exec(fs.readFileSync(path.join(MIGRATIONS_DIR, name), "utf8"));
        record.run(name, Date.now());
      }
    })();
  } finally {
    sqlite.close();
  }
}
