import { appendInstanceLogs, engineLogLine } from "../store/instance-log";
import { markFinished, markManyFinished } from "../store/instance-state";
import { refreshDagStatus } from "../store/dag-status";
import type { Tx } from "../store/transaction";
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
 * (or another engine) already moved on is left alone: "superseded".
 */
export async function endAttempt(tx: Tx, ending: AttemptEnding, events: PendingEvents): Promise<AttemptVerdict> {
  const { instanceId, attempt, now } = ending;
  const outcome = ending.attemptOutcome ?? (ending.isSuccess ? "SUCCESS" : "FAILURE");
  await tx.attempt.updateMany({
    where: { instanceId, attempt, finishedAt: null },
    data: { finishedAt: BigInt(now), exitCode: ending.exitCode, outcome },
  });
  if (ending.logLine) await appendInstanceLogs(tx, [{ instanceId, attempt, at: now, text: engineLogLine(ending.logLine) }]);
  const instance = await tx.instance.findUnique({
    where: { id: instanceId },
    select: { status: true, attempt: true, claimOwner: true, claimHeartbeat: true, rerunsLeft: true, nodeId: true, dagId: true },
  });
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
    const node = await tx.node.findUnique({ where: { id: instance.nodeId }, select: { autoRerunTimes: true, autoRerunIntervalMs: true } });
    const intervalMs = node?.autoRerunIntervalMs ?? 0;
    const total = Math.max(node?.autoRerunTimes ?? 0, rerunsLeft);
    const changed = await tx.instance.updateMany({
      where: { id: instanceId, status: "RUNNING", attempt, claimOwner: ending.claimOwner },
      data: {
        status: "WAIT_TIME",
        rerunsLeft: rerunsLeft - 1,
        dueTime: BigInt(now + intervalMs),
        beginWaitTimeTime: BigInt(now),
        beginWaitResTime: null,
        exitCode: ending.exitCode,
        errorMessage: ending.errorMessage,
        modifyTime: BigInt(now),
        claimOwner: null,
        claimHeartbeat: null,
      },
    });
    if (changed.count === 1) {
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

/** "30 s", "1.5 s", "0 s". */
export function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} s`;
}
