import fs from "node:fs";
import path from "node:path";
import type { Database } from "./database";

const MIGRATIONS_ROOT = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/**
 * Applies the numbered SQL files of prisma/migrations/<dialect>/ that this database has not seen,
 * in order, each in its own transaction, and records them. Safe to run from several processes:
 * on PostgreSQL an advisory lock serialises them; SQLite's write lock does the same.
 */
export async function migrate(database: Database): Promise<string[]> {
  const { prisma, dialect } = database;
  const directory = path.join(MIGRATIONS_ROOT, dialect);
  const files = fs.readdirSync(directory).filter((name) => /^\d{4}_.+\.sql$/.test(name)).sort();
  await prisma.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS "_nightshift_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" BIGINT NOT NULL)`,
  );
  const applied: string[] = [];
  await prisma.$transaction(
    async (tx) => {
      if (dialect === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(727001)`);
      const done = await tx.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "_nightshift_migrations"`);
      const seen = new Set(done.map((row) => row.name));
      for (const file of files) {
        if (seen.has(file)) continue;
        for (const statement of splitStatements(fs.readFileSync(path.join(directory, file), "utf8"))) {
          await tx.$executeRawUnsafe(statement);
        }
        await tx.$executeRawUnsafe(
          `INSERT INTO "_nightshift_migrations" ("name", "appliedAt") VALUES ('${file}', ${Date.now()})`,
        );
        applied.push(file);
      }
    },
    { timeout: 60_000 },
  );
  return applied;
}

/** Splits a migration file into statements; Prisma's generated SQL has no semicolons in literals. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter((statement) => statement.length > 0);
}
