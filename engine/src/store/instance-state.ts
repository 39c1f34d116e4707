/**
 * Everything that moves instances between states. Each function runs inside the caller's
 * transaction (`tx`), so an operation and its consequences (children released, DAG status) commit
 * together. Readiness is event-driven: a parent's success recomputes its direct children only.
 */
import { Prisma } from "../../../prisma/generated/sqlite/client";
import type { InstanceStatus } from "../model/status";
import { isHeldByEarlierDag, refreshDagStatus } from "./dag-status";
import type { SqlRunner } from "./driver-sql";
import { chunked, toBigInt, type Tx } from "./transaction";

export { refreshDagStatus, rollUpDagStatus } from "./dag-status";
export { appendInstanceLog, appendInstanceLogs, engineLogLine, type InstanceLogEntry } from "./instance-log";
export { materializePlan, type InstancePlan, type MaterializePlanInput, type PlanNodeRow } from "./materialize-plan";
export { inWriteTransaction, type DbClient, type Tx } from "./transaction";
export type { SqlRunner } from "./driver-sql";

const ID_BATCH = 500;

/**
 * Recomputes `pendingParents` of the direct NOT_RUN children of the given parents from their
 * parents' statuses; those reaching 0 become WAIT_TIME. Returns the released child IDs.
 */
export async function releaseChildren(tx: SqlRunner, parentInstanceIds: readonly bigint[], now: number): Promise<bigint[]> {
  const released: bigint[] = [];
  // `"status" || ''` keeps SQLite off the status index (a walk over every NOT_RUN instance of the
  // database) so both stores drive these updates from the edges: O(out-degree) per release.
  for (const batch of chunked([...new Set(parentInstanceIds)], ID_BATCH)) {
    const parents = Prisma.join(batch);
    await tx.$executeRaw`
      UPDATE "instance" SET "pendingParents" = (
          SELECT COUNT(*) FROM "instance_edge" e JOIN "instance" p ON p."id" = e."parentId"
          WHERE e."childId" = "instance"."id" AND p."status" <> 'SUCCESS'),
        "modifyTime" = ${now}
      WHERE "status" || '' = 'NOT_RUN' AND "id" IN (SELECT "childId" FROM "instance_edge" WHERE "parentId" IN (${parents}))`;
    const rows = await tx.$queryRaw<{ id: unknown }[]>`
      UPDATE "instance" SET "status" = 'WAIT_TIME', "beginWaitTimeTime" = ${now}, "modifyTime" = ${now}
      WHERE "status" || '' = 'NOT_RUN' AND "pendingParents" = 0
        AND "id" IN (SELECT "childId" FROM "instance_edge" WHERE "parentId" IN (${parents}))
      RETURNING "id"`;
    for (const row of rows) released.push(toBigInt(row.id));
  }
  return released;
}

export type ResetForRerunOptions = { resetAutoReruns: boolean };

/**
 * Puts a finished instance back to waiting: NOT_RUN while a parent is not SUCCESS (or an earlier
 * serial backfill DAG holds it), else WAIT_TIME; due at its cycle time or now, whichever is later.
 * Finish, exit and claim data are cleared; the attempt counter keeps counting. Refreshes its DAG.
 */
export async function resetForRerun(tx: Tx, instanceId: bigint, now: number, options: ResetForRerunOptions): Promise<void> {
  const instance = await tx.instance.findUnique({
    where: { id: instanceId },
    select: { dagId: true, nodeId: true, cycTime: true },
  });
  if (!instance) throw new Error(`resetForRerun: instance ${instanceId} does not exist`);
  const pendingParents = await countPendingParents(tx, instanceId, instance.dagId);
  const isWaitingOnParents = pendingParents > 0;
  let rerunsLeft: { rerunsLeft: number | null } | Record<string, never> = {};
  if (options.resetAutoReruns) {
    const node = await tx.node.findUnique({ where: { id: instance.nodeId }, select: { autoRerunTimes: true } });
    rerunsLeft = { rerunsLeft: node && node.autoRerunTimes > 0 ? node.autoRerunTimes : null };
  }
  const dueTime = instance.cycTime > BigInt(now) ? instance.cycTime : BigInt(now);
  await tx.instance.update({
    where: { id: instanceId },
    data: {
      status: isWaitingOnParents ? "NOT_RUN" : "WAIT_TIME",
      pendingParents,
      dueTime,
      ...rerunsLeft,
      exitCode: null,
      errorMessage: "",
      modifyTime: BigInt(now),
      beginWaitTimeTime: isWaitingOnParents ? null : BigInt(now),
      beginWaitResTime: null,
      beginRunningTime: null,
      finishTime: null,
      claimOwner: null,
      claimHeartbeat: null,
      pid: null,
      processStart: null,
    },
  });
  await refreshDagStatus(tx, [instance.dagId], now);
}

async function countPendingParents(tx: Tx, instanceId: bigint, dagId: bigint): Promise<number> {
  const parents = await tx.$queryRaw<{ status: string }[]>`
    SELECT p."status" FROM "instance_edge" e JOIN "instance" p ON p."id" = e."parentId" WHERE e."childId" = ${instanceId}`;
  if (parents.length === 0) return (await isHeldByEarlierDag(tx, dagId)) ? 1 : 0;
  return parents.filter((parent) => parent.status !== "SUCCESS").length;
}

export type FinishOutcome = "SUCCESS" | "FAILURE";
export type FinishDetails = { exitCode?: number | null; errorMessage?: string };
/** Conditions the row must still meet for the change to apply (guards against a concurrent change). */
export type FinishGuard = { statuses?: readonly InstanceStatus[]; attempt?: number; claimOwner?: string };

/**
 * Ends an instance: sets the status and FinishTime, clears the claim, releases the children on
 * SUCCESS and refreshes the DAG status. Returns false when the guard no longer matched (nothing changed).
 */
export async function markFinished(
  tx: SqlRunner,
  instanceId: bigint,
  outcome: FinishOutcome,
  now: number,
  details: FinishDetails,
  guard: FinishGuard = {},
): Promise<boolean> {
  const { finished } = await markManyFinished(tx, [instanceId], outcome, now, details, guard);
  return finished.length === 1;
}

function finishGuardSql(guard: FinishGuard): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (guard.statuses) conditions.push(Prisma.sql` AND "status" IN (${Prisma.join([...guard.statuses])})`);
  if (guard.attempt !== undefined) conditions.push(Prisma.sql` AND "attempt" = ${guard.attempt}`);
  if (guard.claimOwner !== undefined) conditions.push(Prisma.sql` AND "claimOwner" = ${guard.claimOwner}`);
  return conditions.length === 0 ? Prisma.empty : Prisma.join(conditions, "");
}

export type MarkManyOptions = { refreshDags?: boolean };
export type FinishedInstance = { id: bigint; dagId: bigint; from: InstanceStatus };
export type FinishedMany = { finished: FinishedInstance[]; released: bigint[] };

/**
 * markFinished for many instances with the same outcome, in a few statements. Returns those that
 * changed (with their former status) and the children their success released.
 */
export async function markManyFinished(
  tx: SqlRunner,
  instanceIds: readonly bigint[],
  outcome: FinishOutcome,
  now: number,
  details: FinishDetails,
  guard: FinishGuard = {},
  options: MarkManyOptions = {},
): Promise<FinishedMany> {
  const finished: FinishedInstance[] = [];
  const guardSql = finishGuardSql(guard);
  // Typed raw SQL on this hot path: Prisma's query builder cost 2–7× the driver here (docs/BENCHMARKS.md).
  for (const batch of chunked([...new Set(instanceIds)], ID_BATCH)) {
    const candidates = await tx.$queryRaw<{ id: unknown; dagId: unknown; status: string }[]>`
      SELECT "id", "dagId", "status" FROM "instance" WHERE "id" IN (${Prisma.join(batch)})${guardSql}`;
    if (candidates.length === 0) continue;
    // Re-check the guard in the UPDATE itself, so a row changed since the read is left alone.
    const changed = await tx.$queryRaw<{ id: unknown }[]>`
      UPDATE "instance" SET "status" = ${outcome}, "finishTime" = ${now}, "modifyTime" = ${now},
        "exitCode" = ${details.exitCode ?? null}, "errorMessage" = ${details.errorMessage ?? ""},
        "claimOwner" = NULL, "claimHeartbeat" = NULL
      WHERE "id" IN (${Prisma.join(candidates.map((candidate) => candidate.id))})${guardSql}
      RETURNING "id"`;
    const changedIds = new Set(changed.map((row) => toBigInt(row.id)));
    for (const candidate of candidates) {
      const id = toBigInt(candidate.id);
      if (changedIds.has(id)) finished.push({ id, dagId: toBigInt(candidate.dagId), from: candidate.status as InstanceStatus });
    }
  }
  const released = outcome === "SUCCESS" && finished.length > 0 ? await releaseChildren(tx, finished.map((item) => item.id), now) : [];
  if (options.refreshDags !== false && finished.length > 0) await refreshDagStatus(tx, finished.map((item) => item.dagId), now);
  return { finished, released };
}
