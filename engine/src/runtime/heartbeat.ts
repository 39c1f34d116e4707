import type { Database } from "../store/database";
import { chunked, inWriteTransaction } from "../store/transaction";

/**
 * Refreshes the heartbeat of the claims this engine holds and returns the instances that are no
 * longer RUNNING for the attempt it runs (an operator stopped them, possibly through another
 * engine, or a takeover judged this engine dead): their processes must be killed.
 */
export async function heartbeatClaims(
  database: Database,
  engineId: string,
  now: number,
  claims: readonly { instanceId: bigint; attempt: number }[],
): Promise<bigint[]> {
  if (claims.length === 0) return [];
  const lost: bigint[] = [];
  for (const batch of chunked(claims, 500)) {
    const ids = batch.map((claim) => claim.instanceId);
    const rows = await inWriteTransaction(database, async (tx) => {
      await tx.instance.updateMany({
        where: { id: { in: ids }, status: "RUNNING", claimOwner: engineId },
        data: { claimHeartbeat: BigInt(now) },
      });
      return tx.instance.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, attempt: true, claimOwner: true } });
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const claim of batch) {
      const row = byId.get(claim.instanceId);
      const isStillOurs = row !== undefined && row.status === "RUNNING" && row.attempt === claim.attempt && row.claimOwner === engineId;
      if (!isStillOurs) lost.push(claim.instanceId);
    }
  }
  return lost;
}
