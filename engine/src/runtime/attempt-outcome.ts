import { Prisma } from "../../../prisma/generated/sqlite/client";
import type { RawRow, SqlRunner } from "../store/driver-sql";
import { appendInstanceLogs, engineLogLine } from "../store/instance-log";
import { markFinished, markManyFinished } from "../store/instance-state";
import { refreshDagStatus } from "../store/dag-status";
import { toNullableBigIntValue, toNullableNumberValue, toNullableStringValue } from "../store/queries/common/raw-values";
import { toBigInt, toNumber } from "../store/transaction";
import type { PendingEvents } from "./pending-events";

export type AttemptEnding = {
  instanceId: bigint;
  attempt: number;
  /** The engine that claimed this attempt; the instance is changed only while it still holds the claim. */
  claimOwner: string | null;
  /** For a stale claim taken over from another engine: the heartbeat it was judged by. */
  claimHeartbeat?: bigint | null;
  isSuccess: boolean;
  exitCode: number | null;
  errorMessage: string;
  /** False when an operator stopped the attempt: no automatic rerun then. */
  allowRetry: boolean;
  /** How the attempt row records the ending when it differs from SUCCESS / FAILURE. */
  attemptOutcome?: string;
  /** Written to the instance log before anything else (e.g. why recovery failed the attempt). */
  logLine?: string;
  now: number;
};

export type AttemptVerdict = "succeeded" | "retrying" | "failed" | "superseded";

/**
 * Ends an attempt: closes its attempt row and, if the instance is still RUNNING for this attempt
 * and owner, sets SUCCESS, or applies the retry policy on failure (reruns left: back to WAIT_TIME
 * after the node's interval, with a log line; none left: FAILURE). An instance that an operator
 * (or another engine) already moved on is left alone: "superseded". Typed raw SQL throughout: the
 * scheduler runs it on the driver for every finished process (docs/BENCHMARKS.md).
 */
export async function endAttempt(tx: SqlRunner, ending: AttemptEnding, events: PendingEvents): Promise<AttemptVerdict> {
  const { instanceId, attempt, now } = ending;
  const outcome = ending.attemptOutcome ?? (ending.isSuccess ? "SUCCESS" : "FAILURE");
  await tx.$executeRaw`
    UPDATE "attempt" SET "finishedAt" = ${now}, "exitCode" = ${ending.exitCode}, "outcome" = ${outcome}
    WHERE "instanceId" = ${instanceId} AND "attempt" = ${attempt} AND "finishedAt" IS NULL`;
  if (ending.logLine) await appendInstanceLogs(tx, [{ instanceId, attempt, at: now, text: engineLogLine(ending.logLine) }]);
  const instance = await readInstanceClaim(tx, instanceId);
  const stillOurs =
    instance !== null &&
    instance.status === "RUNNING" &&
    instance.attempt === attempt &&
    instance.claimOwner === ending.claimOwner &&
    (ending.claimHeartbeat === undefined || instance.claimHeartbeat === ending.claimHeartbeat);
  if (!instance || !stillOurs) return "superseded";
  const guard = { statuses: ["RUNNING"] as const, attempt, ...(ending.claimOwner !== null ? { claimOwner: ending.claimOwner } : {}) };

  if (ending.isSuccess) {
    const { finished, released } = await markManyFinished(tx, [instanceId], "SUCCESS", now, { exitCode: ending.exitCode }, guard);
    if (finished.length === 0) return "superseded";
    events.statusChanged(instanceId, "RUNNING", "SUCCESS", now);
    events.add("instance:succeeded", { instanceId, attempt, at: now });
    for (const child of released) events.statusChanged(child, "NOT_RUN", "WAIT_TIME", now);
    return "succeeded";
  }

  const rerunsLeft = instance.rerunsLeft ?? 0;
  if (ending.allowRetry && rerunsLeft > 0) {
    const [node] = await tx.$queryRaw<RawRow[]>`SELECT "autoRerunTimes", "autoRerunIntervalMs" FROM "node" WHERE "id" = ${instance.nodeId}`;
    const intervalMs = toNullableNumberValue(node?.autoRerunIntervalMs) ?? 0;
    const total = Math.max(toNullableNumberValue(node?.autoRerunTimes) ?? 0, rerunsLeft);
    const ownerIs = ending.claimOwner === null ? Prisma.sql`"claimOwner" IS NULL` : Prisma.sql`"claimOwner" = ${ending.claimOwner}`;
    const changed = await tx.$executeRaw`
      UPDATE "instance" SET "status" = 'WAIT_TIME', "rerunsLeft" = ${rerunsLeft - 1}, "dueTime" = ${now + intervalMs},
        "beginWaitTimeTime" = ${now}, "beginWaitResTime" = NULL, "exitCode" = ${ending.exitCode},
        "errorMessage" = ${ending.errorMessage}, "modifyTime" = ${now}, "claimOwner" = NULL, "claimHeartbeat" = NULL
      WHERE "id" = ${instanceId} AND "status" = 'RUNNING' AND "attempt" = ${attempt} AND ${ownerIs}`;
    if (changed === 1) {
      const text = engineLogLine(`auto-rerun ${total - rerunsLeft + 1} of ${total} in ${formatSeconds(intervalMs)}`);
      await appendInstanceLogs(tx, [{ instanceId, attempt, at: now, text }]);
      await refreshDagStatus(tx, [instance.dagId], now);
      events.add("instance:failed", { instanceId, attempt, exitCode: ending.exitCode, willRetry: true, at: now });
      events.statusChanged(instanceId, "RUNNING", "WAIT_TIME", now);
      return "retrying";
    }
    return "superseded";
  }

  const isFailed = await markFinished(tx, instanceId, "FAILURE", now, { exitCode: ending.exitCode, errorMessage: ending.errorMessage }, guard);
  if (!isFailed) return "superseded";
  events.add("instance:failed", { instanceId, attempt, exitCode: ending.exitCode, willRetry: false, at: now });
  events.statusChanged(instanceId, "RUNNING", "FAILURE", now);
  return "failed";
}

type InstanceClaim = {
  status: string;
  attempt: number;
  claimOwner: string | null;
  claimHeartbeat: bigint | null;
  rerunsLeft: number | null;
  nodeId: bigint;
  dagId: bigint;
};

async function readInstanceClaim(tx: SqlRunner, instanceId: bigint): Promise<InstanceClaim | null> {
  const [row] = await tx.$queryRaw<RawRow[]>`
    SELECT "status", "attempt", "claimOwner", "claimHeartbeat", "rerunsLeft", "nodeId", "dagId" FROM "instance" WHERE "id" = ${instanceId}`;
  if (!row) return null;
  return {
    status: String(row.status),
    attempt: toNumber(row.attempt),
    claimOwner: toNullableStringValue(row.claimOwner),
    claimHeartbeat: toNullableBigIntValue(row.claimHeartbeat),
    rerunsLeft: toNullableNumberValue(row.rerunsLeft),
    nodeId: toBigInt(row.nodeId),
    dagId: toBigInt(row.dagId),
  };
}

/** "30 s", "1.5 s", "0 s". */
export function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} s`;
}
