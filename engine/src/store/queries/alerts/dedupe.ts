import type { Tx } from "../../transaction";

/**
 * Claims the right to page for a condition: true when the key never paged, or last paged at least
 * `intervalMs` before `at`. One INSERT … ON CONFLICT DO NOTHING then one conditional UPDATE, so two
 * engine processes racing on the same condition page once.
 */
export async function claimDedupe(tx: Tx, projectId: bigint, dedupeKey: string, at: number, intervalMs: number): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "alert_dedupe" ("projectId", "dedupeKey", "lastAt", "alertId")
    VALUES (${projectId}, ${dedupeKey}, ${BigInt(at)}, 0)
    ON CONFLICT ("projectId", "dedupeKey") DO NOTHING`;
  if (inserted > 0) return true;
  const threshold = BigInt(at - intervalMs);
  const updated = await tx.$executeRaw`
    UPDATE "alert_dedupe" SET "lastAt" = ${BigInt(at)}
    WHERE "projectId" = ${projectId} AND "dedupeKey" = ${dedupeKey} AND "lastAt" <= ${threshold}`;
  return updated > 0;
}

export async function findDedupedAlertId(tx: Tx, projectId: bigint, dedupeKey: string): Promise<number | null> {
  const row = await tx.alertDedupe.findUnique({ where: { projectId_dedupeKey: { projectId, dedupeKey } }, select: { alertId: true } });
  return row?.alertId ?? null;
}
