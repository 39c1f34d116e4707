import type { TBlockingInstance, TWaitingReason } from "@/lib/contracts/instance-detail";
import type { TInstanceSummary } from "@/lib/contracts/instances";

/** At most this many blockers are named; the rest are counted. */
export const MAX_NAMED_BLOCKERS = 10;

export type TWaitingFacts = {
  instance: Pick<TInstanceSummary, "status" | "isSuspended" | "taskType" | "cycTime" | "beginWaitResTime">;
  /** The instance's direct parents, or null when they could not be read. */
  parents: readonly TBlockingInstance[] | null;
  /** The operation that suspended it, when known. */
  suspension: { by: string; at: string; reason: string } | null;
  resourceGroup: string | null;
};

const STATUS_RANK: Record<string, number> = { FAILURE: 0, RUNNING: 1, CHECKING: 1, CHECKING_CONDITION: 1, WAIT_RESOURCE: 2, WAIT_TIME: 3, NOT_RUN: 4 };

/**
 * Why an unfinished instance is not running, in the order the scheduler decides: a suspension
 * holds it whatever else; a frozen node's instance will be failed; then its status says what it
 * waits for — parents (NOT_RUN), its cycle time (WAIT_TIME), a slot (WAIT_RESOURCE). Running and
 * finished instances have none. Failed parents are named first: they block until someone acts.
 */
export function deriveWaitingReason(facts: TWaitingFacts): TWaitingReason | null {
  const { instance } = facts;
  const isWaiting = instance.status === "NOT_RUN" || instance.status === "WAIT_TIME" || instance.status === "WAIT_RESOURCE";
  if (!isWaiting) return null;
  if (instance.isSuspended) {
    return { kind: "suspended", by: facts.suspension?.by ?? null, at: facts.suspension?.at ?? null, reason: facts.suspension?.reason || null };
  }
  if (instance.taskType === "PAUSE") return { kind: "frozen" };
  if (instance.status === "WAIT_TIME") return { kind: "cycle-time", cycTime: instance.cycTime };
  if (instance.status === "WAIT_RESOURCE") return { kind: "resource", resourceGroup: facts.resourceGroup, since: instance.beginWaitResTime };
  if (facts.parents === null) return { kind: "upstream-unknown" };
  const blockers = facts.parents
    .filter((parent) => parent.status !== "SUCCESS" || parent.isSuspended)
    .sort((a, b) => (STATUS_RANK[a.status] ?? 5) - (STATUS_RANK[b.status] ?? 5) || a.nodeName.localeCompare(b.nodeName) || a.instanceId.localeCompare(b.instanceId));
  if (blockers.length === 0) return { kind: "ready" };
  return {
    kind: "upstream",
    blockers: blockers.slice(0, MAX_NAMED_BLOCKERS),
    moreCount: Math.max(0, blockers.length - MAX_NAMED_BLOCKERS),
    parentCount: facts.parents.length,
  };
}

/**
 * The suspension in force: the newest applied SuspendInstance after the newest applied resume
 * (operations come newest first).
 */
export function findSuspension(operations: readonly { action: string; result: string; operator: string; reason: string; at: string }[]): { by: string; at: string; reason: string } | null {
  for (const operation of operations) {
    if (operation.result !== "APPLIED") continue;
    if (operation.action === "ResumeInstance" || operation.action === "StopInstance") return null;
    if (operation.action === "SuspendInstance") return { by: operation.operator, at: operation.at, reason: operation.reason };
  }
  return null;
}
