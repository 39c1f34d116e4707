import { Prisma } from "../../../prisma/generated/sqlite/client";
import type { SqlRunner } from "./driver-sql";
import { chunked, isRootClient, type DbClient } from "./transaction";

export type InstanceLogEntry = { instanceId: bigint; attempt: number; text: string; at: number };

/** Appends one chunk to an instance's log. */
export async function appendInstanceLog(db: DbClient | SqlRunner, instanceId: bigint, attempt: number, text: string, now: number): Promise<void> {
  await appendInstanceLogs(db, [{ instanceId, attempt, text, at: now }]);
}

/**
 * Appends chunks (raw multi-row INSERTs). Outside a transaction it opens one: on SQLite a bare write would
 * otherwise join whatever transaction the shared connection has open.
 */
export async function appendInstanceLogs(db: DbClient | SqlRunner, entries: readonly InstanceLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (isRootClient(db)) {
    await db.$transaction((tx) => insertLogs(tx, entries));
    return;
  }
  await insertLogs(db, entries);
}

const ROWS_PER_INSERT = 500;

async function insertLogs(tx: SqlRunner, entries: readonly InstanceLogEntry[]): Promise<void> {
  for (const rows of chunked(entries, ROWS_PER_INSERT)) {
    await tx.$executeRaw`
      INSERT INTO "instance_log" ("instanceId", "attempt", "at", "text")
      VALUES ${Prisma.join(rows.map((entry) => Prisma.sql`(${entry.instanceId}, ${entry.attempt}, ${entry.at}, ${entry.text})`))}`;
  }
}

/** A line the engine itself writes into an instance log, set apart from the task's own output. */
export function engineLogLine(message: string): string {
  return `[nightshift] ${message}\n`;
}
