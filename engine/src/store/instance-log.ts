import { isRootClient, type DbClient } from "./transaction";

export type InstanceLogEntry = { instanceId: bigint; attempt: number; text: string; at: number };

/** Appends one chunk to an instance's log. */
export async function appendInstanceLog(db: DbClient, instanceId: bigint, attempt: number, text: string, now: number): Promise<void> {
  await appendInstanceLogs(db, [{ instanceId, attempt, text, at: now }]);
}

/**
 * Appends chunks in one statement. Outside a transaction it opens one: on SQLite a bare write would
 * otherwise join whatever transaction the shared connection has open.
 */
export async function appendInstanceLogs(db: DbClient, entries: readonly InstanceLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const data = entries.map((entry) => ({ instanceId: entry.instanceId, attempt: entry.attempt, text: entry.text, at: BigInt(entry.at) }));
  if (isRootClient(db)) {
    await db.$transaction(async (tx) => {
      await tx.instanceLog.createMany({ data });
    });
    return;
  }
  await db.instanceLog.createMany({ data });
}

/** A line the engine itself writes into an instance log, set apart from the task's own output. */
export function engineLogLine(message: string): string {
  return `[nightshift] ${message}\n`;
}
