import type { Database } from "../../store/database";
import { inWriteTransaction, type Tx } from "../../store/transaction";
import { claimDedupe, findDedupedAlertId } from "../../store/queries/alerts/dedupe";
import { resolveDeliveries, type PlannedDelivery } from "./routing";
import { DELIVERY_RETRY_WINDOW_MS, rollupOf, type AlertStatus, type RaiseAlertInput, type RaiseAlertResult } from "./types";

export type { RaiseAlertInput, RaiseAlertResult } from "./types";

const DEFAULT_INTERVAL_SECONDS = 1800;

/**
 * Stores an alert message and queues its deliveries, unless the same condition (projectId +
 * dedupeKey) already paged inside its interval: then nothing is stored and the earlier alert's ID
 * comes back with `deduplicated: true`. Past the rule's daily limit the alert is stored as
 * SEND_OVERLIMIT and nothing is delivered. The delivery worker (delivery-worker.ts) sends the queue.
 */
export async function raiseAlert(db: Database, alert: RaiseAlertInput): Promise<RaiseAlertResult> {
  const intervalMs = Math.max(0, alert.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS) * 1000;
  return inWriteTransaction(db, async (tx) => {
    const claimed = await claimDedupe(tx, alert.projectId, alert.dedupeKey, alert.at, intervalMs);
    if (!claimed) {
      const alertId = (await findDedupedAlertId(tx, alert.projectId, alert.dedupeKey)) ?? 0;
      const previous = alertId ? await tx.alertMessage.findUnique({ where: { id: alertId }, select: { status: true } }) : null;
      return { alertId, deduplicated: true, status: (previous?.status ?? "READY_TO_SEND") as AlertStatus };
    }
    const overLimit = alert.limit ? (await countAlertsAgainstLimit(tx, alert.limit.key, alert.limit.dayStart)) >= alert.limit.max : false;
    const deliveries = overLimit ? [] : await resolveDeliveries(tx, alert.projectId, alert.receivers);
    const status = overLimit ? "SEND_OVERLIMIT" : rollupOf(deliveries.map((delivery) => delivery.status));
    const row = await tx.alertMessage.create({
      data: {
        projectId: alert.projectId,
        source: alert.source,
        dedupeKey: alert.dedupeKey,
        limitKey: alert.limit?.key ?? "",
        title: alert.title,
        content: alert.content,
        alertTime: BigInt(alert.at),
        remindId: alert.links?.remindId ?? null,
        remindName: alert.links?.remindName ?? "",
        baselineId: alert.links?.baselineId ?? null,
        topicId: alert.links?.topicId ?? null,
        instanceId: alert.links?.instanceId ?? null,
        nodeId: alert.links?.nodeId ?? null,
        details: JSON.stringify(alert.details ?? {}),
        users: JSON.stringify(alert.receivers.users),
        methods: JSON.stringify(alert.receivers.methods),
        status,
      },
      select: { id: true },
    });
    await tx.alertDedupe.update({
      where: { projectId_dedupeKey: { projectId: alert.projectId, dedupeKey: alert.dedupeKey } },
      data: { alertId: row.id },
    });
    if (deliveries.length > 0) await enqueueDeliveries(tx, row.id, deliveries, alert.at, alert.notBefore);
    return { alertId: row.id, deduplicated: false, status };
  });
}

async function countAlertsAgainstLimit(tx: Tx, key: string, dayStart: number): Promise<number> {
  return tx.alertMessage.count({ where: { limitKey: key, alertTime: { gte: BigInt(dayStart) }, status: { not: "SEND_OVERLIMIT" } } });
}

async function enqueueDeliveries(tx: Tx, alertId: number, deliveries: PlannedDelivery[], at: number, notBefore?: number): Promise<void> {
  const firstAttempt = Math.max(at, notBefore ?? at);
  await tx.alertDelivery.createMany({
    data: deliveries.map((delivery) => ({
      alertId,
      method: delivery.method,
      receiver: delivery.receiver,
      target: delivery.target,
      format: delivery.format,
      secretEnv: delivery.secretEnv,
      status: delivery.status,
      lastError: delivery.error ?? "",
      createdAt: BigInt(at),
      nextAttemptAt: BigInt(firstAttempt),
      giveUpAt: BigInt(firstAttempt + DELIVERY_RETRY_WINDOW_MS),
    })),
  });
}
