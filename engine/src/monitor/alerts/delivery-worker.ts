import type { Clock } from "../../runtime/clock";
import { createPeriodicTask } from "../../runtime/periodic-task";
import type { Database } from "../../store/database";
import { claimDueDeliveries, recordDeliveryAttempt, type DueDelivery } from "../../store/queries/alerts/deliveries";
import { sendMail, sendWebhook, type MailSettings, type SendOutcome } from "./channels";
import type { AlertForDelivery } from "./payloads";

export type DeliveryWorkerOptions = {
  db: Database;
  clock: Clock;
  /** Identifies this engine process in delivery claims. */
  owner: string;
  mail: MailSettings;
  /** Reads a webhook signing secret by the environment variable name stored with the channel. */
  secret: (envName: string) => string | undefined;
  /** How often the queue is polled; default 5 s. */
  pollMs?: number;
  log?: (line: string) => void;
};

export type DeliveryWorker = {
  start(): void;
  stop(): Promise<void>;
  /** Sends every delivery due now; resolves with how many were attempted. */
  runOnce(): Promise<number>;
};

const LEASE_MS = 2 * 60_000;
const BATCH = 20;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

/** Back-off after the n-th failed attempt (1-based): 30 s, 1 min, 2 min … capped at 1 h. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * Drains the durable delivery queue (alert_delivery): claims due rows, sends them, and records the
 * outcome. A failure is retried with back-off until the row's giveUpAt (24 hours after the first
 * attempt), then marked SEND_FAIL. Delivery is at-least-once: a process that dies between sending
 * and recording sends again after its claim expires; receivers can drop repeats by the
 * X-Nightshift-Delivery header.
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { db, clock } = options;
  const pollMs = options.pollMs ?? 5_000;
  let mailUnconfiguredLogged = false;

  async function deliver(delivery: DueDelivery): Promise<void> {
    const alert = await loadAlert(db, delivery);
    const now = clock.now();
    let outcome: SendOutcome;
    if (!alert) outcome = { ok: false, error: "alert message no longer exists", permanent: true };
    else if (delivery.method === "MAIL") outcome = await sendMail(options.mail, delivery.target, alert);
    else if (delivery.method === "WEBHOOK" || delivery.method === "DINGROBOTS") {
      const secret = delivery.secretEnv ? options.secret(delivery.secretEnv) : undefined;
      if (delivery.secretEnv && !secret) outcome = { ok: false, error: `the signing secret variable ${delivery.secretEnv} is not set` };
      else outcome = await sendWebhook({ method: delivery.method, target: delivery.target, format: delivery.format, secret }, alert, now);
    } else outcome = { ok: false, error: `${delivery.method} has no gateway in the embedded engine`, permanent: true };

    const at = clock.now();
    if (outcome.ok) {
      await recordDeliveryAttempt(db, delivery.id, delivery.alertId, { kind: "sent", at });
      return;
    }
    const next = at + retryDelayMs(delivery.attempts + 1);
    if (outcome.permanent || at >= delivery.giveUpAt) {
      await recordDeliveryAttempt(db, delivery.id, delivery.alertId, { kind: "failed", at, error: outcome.error });
      // Without an SMTP server every mail fails alike: say so once, not per alert.
      if (!(delivery.method === "MAIL" && !options.mail.smtpUrl) || !mailUnconfiguredLogged) {
        options.log?.(`alert delivery ${delivery.id} (${delivery.method} ${delivery.receiver}) failed for good: ${outcome.error}`);
        if (delivery.method === "MAIL" && !options.mail.smtpUrl) mailUnconfiguredLogged = true;
      }
    } else {
      await recordDeliveryAttempt(db, delivery.id, delivery.alertId, { kind: "retry", at, nextAttemptAt: Math.min(next, delivery.giveUpAt), error: outcome.error });
    }
  }

  async function runOnce(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const batch = await claimDueDeliveries(db, options.owner, clock.now(), LEASE_MS, BATCH);
      if (batch.length === 0) return attempted;
      await Promise.all(batch.map((delivery) => deliver(delivery).catch((error: unknown) => options.log?.(`alert delivery ${delivery.id}: ${(error as Error).message}`))));
      attempted += batch.length;
    }
  }

  const loop = createPeriodicTask({
    clock,
    intervalMs: pollMs,
    work: runOnce,
    onError: (error) => options.log?.(`alert delivery worker: ${(error as Error).message}`),
  });

  return {
    start: loop.start,
    stop: loop.stop,
    runOnce,
  };
}

async function loadAlert(db: Database, delivery: DueDelivery): Promise<AlertForDelivery | null> {
  const row = await db.prisma.alertMessage.findUnique({ where: { id: delivery.alertId } });
  if (!row) return null;
  let details: unknown = {};
  try {
    details = JSON.parse(row.details);
  } catch {
    details = {};
  }
  return {
    alertId: row.id,
    deliveryId: delivery.id,
    source: row.source,
    projectId: String(row.projectId),
    title: row.title,
    content: row.content,
    alertTime: Number(row.alertTime),
    links: {
      ...(row.baselineId !== null ? { baselineId: String(row.baselineId) } : {}),
      ...(row.topicId !== null ? { topicId: String(row.topicId) } : {}),
      ...(row.remindId !== null ? { remindId: row.remindId, remindName: row.remindName } : {}),
      ...(row.instanceId !== null ? { instanceId: String(row.instanceId) } : {}),
      ...(row.nodeId !== null ? { nodeId: String(row.nodeId) } : {}),
    },
    details,
  };
}
