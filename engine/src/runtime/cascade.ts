import { Prisma } from "../../../prisma/generated/sqlite/client";
import { parseTaskType, type TaskType } from "../model/status";
import { appendInstanceLogs, engineLogLine } from "../store/instance-log";
import { dialectOfClient } from "../store/bulk-insert";
import { chunked, toBigInt, toNumber, type Tx } from "../store/transaction";
import type { PendingEvents } from "./pending-events";
import { decideAtDueTime, FROZEN_MESSAGE } from "./promotion-decision";

export type CascadeCandidate = {
  id: bigint;
  dagId: bigint;
  pendingParents: number;
  dueTime: number;
  isSuspended: boolean;
  taskType: TaskType;
  isVirtual: boolean;
  /** Fewest edges from a seed. */
  depth: number;
};

export type CascadeOutcome = "SUCCESS" | "FAILURE" | "WAIT_RESOURCE" | "WAIT_TIME";

export type CascadePlan = {
  outcomes: Map<bigint, CascadeOutcome>;
  /** New pendingParents of candidates that stay NOT_RUN. */
  pending: Map<bigint, number>;
  /** Successes at the depth limit: their children were not looked at yet. */
  frontier: bigint[];
};

/**
 * What a success releases, several generations deep, decided in memory. Pure. Candidates are the
 * NOT_RUN descendants of the seeds; a candidate whose parents are all SUCCESS (already, or by this
 * plan) is released and, when due and not suspended, gets its scheduling-start outcome at once, so
 * a chain of VIRTUAL nodes finishes in a few statements instead of a round of statements per link.
 */
export function planCascade(input: {
  candidates: readonly CascadeCandidate[];
  parentsOf: ReadonlyMap<bigint, readonly bigint[]>;
  /** Statuses of every parent that is not a candidate. */
  parentStatus: ReadonlyMap<bigint, string>;
  now: number;
  maxDepth: number;
}): CascadePlan {
  const candidates = new Map(input.candidates.map((candidate) => [candidate.id, candidate]));
  const status = new Map<bigint, string>(input.parentStatus);
  for (const id of candidates.keys()) status.set(id, "NOT_RUN");
  const plan: CascadePlan = { outcomes: new Map(), pending: new Map(), frontier: [] };
  for (const candidate of topologicalOrder(input.candidates, input.parentsOf)) {
    const parents = input.parentsOf.get(candidate.id) ?? [];
    const notDone = parents.filter((parent) => status.get(parent) !== "SUCCESS").length;
    if (notDone > 0) {
      if (notDone !== candidate.pendingParents) plan.pending.set(candidate.id, notDone);
      continue;
    }
    let outcome: CascadeOutcome = "WAIT_TIME";
    if (candidate.dueTime <= input.now && !candidate.isSuspended) {
      const decision = decideAtDueTime(candidate);
      outcome = decision === "succeed" ? "SUCCESS" : decision === "fail" ? "FAILURE" : "WAIT_RESOURCE";
    }
    plan.outcomes.set(candidate.id, outcome);
    status.set(candidate.id, outcome);
    if (outcome === "SUCCESS" && candidate.depth >= input.maxDepth) plan.frontier.push(candidate.id);
  }
  return plan;
}

/** Parents before children (Kahn's algorithm over the edges among the candidates). */
function topologicalOrder(candidates: readonly CascadeCandidate[], parentsOf: ReadonlyMap<bigint, readonly bigint[]>): CascadeCandidate[] {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const waitingOn = new Map<bigint, number>();
  const childrenOf = new Map<bigint, bigint[]>();
  for (const candidate of candidates) {
    const inside = (parentsOf.get(candidate.id) ?? []).filter((parent) => byId.has(parent));
    waitingOn.set(candidate.id, inside.length);
    for (const parent of inside) {
      const children = childrenOf.get(parent);
      if (children) children.push(candidate.id);
      else childrenOf.set(parent, [candidate.id]);
    }
  }
  const ready = candidates.filter((candidate) => waitingOn.get(candidate.id) === 0);
  const order: CascadeCandidate[] = [];
  for (let index = 0; index < ready.length; index++) {
    const next = ready[index]!;
    order.push(next);
    for (const child of childrenOf.get(next.id) ?? []) {
      const left = (waitingOn.get(child) ?? 0) - 1;
      waitingOn.set(child, left);
      if (left === 0) ready.push(byId.get(child)!);
    }
  }
  return order;
}

export type CascadeResult = {
  released: number;
  succeeded: number;
  failed: number;
  waitingForResource: number;
  frontier: bigint[];
  dagIds: Set<bigint>;
};

const MAX_DEPTH = 64;

/**
 * Applies planCascade to the descendants of instances that just succeeded. On PostgreSQL the
 * candidates are locked (FOR UPDATE) so an operator's concurrent change waits for this decision
 * instead of being overwritten; SQLite's single writer gives the same guarantee.
 */
export async function cascadeFromSuccesses(tx: Tx, seeds: readonly bigint[], now: number, events: PendingEvents): Promise<CascadeResult> {
  const result: CascadeResult = { released: 0, succeeded: 0, failed: 0, waitingForResource: 0, frontier: [], dagIds: new Set() };
  if (seeds.length === 0) return result;
  const candidates = await loadCandidates(tx, seeds);
  if (candidates.length === 0) return result;
  const { parentsOf, parentStatus } = await loadParents(tx, candidates.map((candidate) => candidate.id));
  const plan = planCascade({ candidates, parentsOf, parentStatus, now, maxDepth: MAX_DEPTH });
  const byOutcome: Record<CascadeOutcome, bigint[]> = { SUCCESS: [], FAILURE: [], WAIT_RESOURCE: [], WAIT_TIME: [] };
  for (const [id, outcome] of plan.outcomes) byOutcome[outcome].push(id);
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));

  await setReleased(tx, byOutcome.SUCCESS, Prisma.sql`"status" = 'SUCCESS', "beginRunningTime" = ${now}, "finishTime" = ${now}, "errorMessage" = ''`, now);
  await setReleased(tx, byOutcome.FAILURE, Prisma.sql`"status" = 'FAILURE', "beginRunningTime" = ${now}, "finishTime" = ${now}, "errorMessage" = ${FROZEN_MESSAGE}`, now);
  await setReleased(tx, byOutcome.WAIT_RESOURCE, Prisma.sql`"status" = 'WAIT_RESOURCE', "beginWaitResTime" = ${now}`, now);
  await setReleased(tx, byOutcome.WAIT_TIME, Prisma.sql`"status" = 'WAIT_TIME'`, now);
  const byCount = new Map<number, bigint[]>();
  for (const [id, count] of plan.pending) byCount.set(count, [...(byCount.get(count) ?? []), id]);
  for (const [count, ids] of byCount) {
    for (const batch of chunked(ids, 1_000)) {
      await tx.$executeRaw`UPDATE "instance" SET "pendingParents" = ${count}, "modifyTime" = ${now} WHERE "id" IN (${Prisma.join(batch)})`;
    }
  }
  await appendInstanceLogs(tx, [
    ...byOutcome.SUCCESS.filter((id) => !byId.get(id)?.isVirtual).map((id) => ({
      instanceId: id,
      attempt: 0,
      at: now,
      text: engineLogLine(`${byId.get(id)?.taskType ?? "SKIP"} instance: set to success without running`),
    })),
    ...byOutcome.FAILURE.map((id) => ({ instanceId: id, attempt: 0, at: now, text: engineLogLine(FROZEN_MESSAGE) })),
  ]);

  for (const [id, outcome] of plan.outcomes) {
    events.statusChanged(id, "NOT_RUN", "WAIT_TIME", now);
    if (outcome !== "WAIT_TIME") events.statusChanged(id, "WAIT_TIME", outcome, now);
    if (outcome === "SUCCESS") events.add("instance:succeeded", { instanceId: id, attempt: 0, at: now });
    if (outcome === "FAILURE") events.add("instance:failed", { instanceId: id, attempt: 0, exitCode: null, willRetry: false, at: now });
    if (outcome === "SUCCESS" || outcome === "FAILURE") result.dagIds.add(byId.get(id)!.dagId);
  }
  result.released = plan.outcomes.size;
  result.succeeded = byOutcome.SUCCESS.length;
  result.failed = byOutcome.FAILURE.length;
  result.waitingForResource = byOutcome.WAIT_RESOURCE.length;
  result.frontier = plan.frontier;
  return result;
}

async function setReleased(tx: Tx, ids: readonly bigint[], assignments: Prisma.Sql, now: number): Promise<void> {
  for (const batch of chunked(ids, 1_000)) {
    const changed = await tx.$executeRaw`
      UPDATE "instance" SET ${assignments}, "pendingParents" = 0, "beginWaitTimeTime" = ${now}, "modifyTime" = ${now}
      WHERE "id" IN (${Prisma.join(batch)}) AND "status" = 'NOT_RUN'`;
    // The candidates are locked (or the writer is alone), so this only fails on a broken invariant.
    if (changed !== batch.length) throw new Error(`cascade: ${batch.length - changed} instances changed under the scheduler`);
  }
}

async function loadCandidates(tx: Tx, seeds: readonly bigint[]): Promise<CascadeCandidate[]> {
  const lock = Prisma.raw(dialectOfClient(tx) === "postgresql" ? "FOR UPDATE OF i" : "");
  const candidates: CascadeCandidate[] = [];
  for (const batch of chunked([...seeds], 1_000)) {
    const rows = await tx.$queryRaw<
      { id: unknown; status: string; dagId: unknown; pendingParents: unknown; dueTime: unknown; isSuspended: unknown; taskType: string; programType: string; fileType: unknown; depth: unknown }[]
    >`
      WITH RECURSIVE "reach"("id", "depth") AS (
        SELECT e."childId", 1 FROM "instance_edge" e
        WHERE e."parentId" IN (${Prisma.join(batch)})
          AND (SELECT c."status" FROM "instance" c WHERE c."id" = e."childId") = 'NOT_RUN'
        UNION
        SELECT e."childId", r."depth" + 1 FROM "reach" r JOIN "instance_edge" e ON e."parentId" = r."id"
        WHERE r."depth" < ${MAX_DEPTH}
          AND (SELECT c."status" FROM "instance" c WHERE c."id" = e."childId") = 'NOT_RUN'
      )
      SELECT i."id", i."status", i."dagId", i."pendingParents", i."dueTime", i."isSuspended", i."taskType", n."programType", n."fileType", d."depth"
      FROM (SELECT "id", MIN("depth") AS "depth" FROM "reach" GROUP BY "id") d
        JOIN "instance" i ON i."id" = d."id"
        JOIN "node" n ON n."id" = i."nodeId"
      ${lock}`;
    for (const row of rows) {
      // Status is checked while reaching, and again here: on PostgreSQL the row may have changed before its lock was granted.
      if (row.status !== "NOT_RUN") continue;
      candidates.push({
        id: toBigInt(row.id),
        dagId: toBigInt(row.dagId),
        pendingParents: toNumber(row.pendingParents),
        dueTime: toNumber(row.dueTime),
        isSuspended: row.isSuspended === true || row.isSuspended === 1 || row.isSuspended === 1n,
        taskType: parseTaskType(row.taskType) ?? "NORMAL",
        isVirtual: row.programType === "VIRTUAL" || toNumber(row.fileType) === 99,
        depth: toNumber(row.depth),
      });
    }
  }
  const unique = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  for (const candidate of candidates) unique.set(candidate.id, { ...unique.get(candidate.id)!, depth: Math.min(unique.get(candidate.id)!.depth, candidate.depth) });
  return [...unique.values()];
}

async function loadParents(tx: Tx, childIds: readonly bigint[]): Promise<{ parentsOf: Map<bigint, bigint[]>; parentStatus: Map<bigint, string> }> {
  const parentsOf = new Map<bigint, bigint[]>();
  const parentStatus = new Map<bigint, string>();
  for (const batch of chunked([...childIds], 5_000)) {
    const rows = await tx.$queryRaw<{ childId: unknown; parentId: unknown; status: string }[]>`
      SELECT e."childId", e."parentId", p."status" FROM "instance_edge" e JOIN "instance" p ON p."id" = e."parentId"
      WHERE e."childId" IN (${Prisma.join(batch)})`;
    for (const row of rows) {
      const childId = toBigInt(row.childId);
      const parentId = toBigInt(row.parentId);
      const parents = parentsOf.get(childId);
      if (parents) parents.push(parentId);
      else parentsOf.set(childId, [parentId]);
      parentStatus.set(parentId, row.status);
    }
  }
  return { parentsOf, parentStatus };
}
