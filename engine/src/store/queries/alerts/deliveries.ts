import { rollupOf } from "../../../monitor/alerts/types";
import type { Database } from "../../database";
import { inWriteTransaction } from "../../transaction";

export type DueDelivery = {
  id: number;
  alertId: number;
  method: string;
  receiver: string;
  target: string;
  format: string;
  secretEnv: string;
  attempts: number;
  giveUpAt: number;
};

/**
 * Claims up to `limit` queued deliveries that are due, for `owner` until `now + leaseMs`. A claim
 * whose lease ran out (its engine died mid-send) is claimed again, so nothing queued is lost.
 */
export async function claimDueDeliveries(db: Database, owner: string, now: number, leaseMs: number, limit: number): Promise<DueDelivery[]> {
  const candidates = await db.prisma.alertDelivery.findMany({
    where: { status: "READY_TO_SEND", nextAttemptAt: { lte: BigInt(now) }, OR: [{ claimUntil: null }, { claimUntil: { lt: BigInt(now) } }] },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  const claimed: DueDelivery[] = [];
  for (const row of candidates) {
    const { count } = await db.prisma.alertDelivery.updateMany({
      where: { id: row.id, status: "READY_TO_SEND", OR: [{ claimUntil: null }, { claimUntil: { lt: BigInt(now) } }] },
      data: { claimOwner: owner, claimUntil: BigInt(now + leaseMs) },
    });
    if (count === 1) {
      claimed.push({ id: row.id, alertId: row.alertId, method: row.method, receiver: row.receiver, target: row.target, format: row.format, secretEnv: row.secretEnv, attempts: row.attempts, giveUpAt: Number(row.giveUpAt) });
    }
  }
  return claimed;
}

export type DeliveryResult =
  | { kind: "sent"; at: number }
  | { kind: "retry"; at: number; nextAttemptAt: number; error: string }
  | { kind: "failed"; at: number; error: string };

/** Records an attempt and refreshes the alert's rollup status, in one transaction. */
export async function recordDeliveryAttempt(db: Database, deliveryId: number, alertId: number, result: DeliveryResult): Promise<void> {
  await inWriteTransaction(db, async (tx) => {
    const common = { attempts: { increment: 1 }, claimOwner: null, claimUntil: null };
    if (result.kind === "sent") {
      await tx.alertDelivery.update({ where: { id: deliveryId }, data: { ...common, status: "SEND_SUCCESS", sentAt: BigInt(result.at), lastError: "" } });
    } else if (result.kind === "retry") {
      await tx.alertDelivery.update({ where: { id: deliveryId }, data: { ...common, nextAttemptAt: BigInt(result.nextAttemptAt), lastError: result.error } });
    } else {
      await tx.alertDelivery.update({ where: { id: deliveryId }, data: { ...common, status: "SEND_FAIL", lastError: result.error } });
    }
    const statuses = await tx.alertDelivery.findMany({ where: { alertId }, select: { status: true } });
    const rollup = rollupOf(statuses.map((row) => row.status));
    await tx.alertMessage.updateMany({ where: { id: alertId, status: { not: "SEND_OVERLIMIT" } }, data: { status: rollup } });
  });
}

/** The next time a queued delivery falls due, for the worker's timer; null when the queue is empty. */
export async function nextDueTime(db: Database): Promise<number | null> {
  const row = await db.prisma.alertDelivery.findFirst({ where: { status: "READY_TO_SEND" }, orderBy: { nextAttemptAt: "asc" }, select: { nextAttemptAt: true } });
  return row ? Number(row.nextAttemptAt) : null;
}
