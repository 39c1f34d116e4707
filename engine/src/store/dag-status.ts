import { Prisma } from "../../../prisma/generated/sqlite/client";
import type { DagStatus, InstanceStatus } from "../model/status";
import { chunked, toBigInt, toNumber, type Tx } from "./transaction";

export type DagStatusCounts = Partial<Record<InstanceStatus, number>>;

/** Statuses from which an instance still moves on by itself (so a DAG with one of them is not finished). */
const PROGRESSING: readonly InstanceStatus[] = ["WAIT_TIME", "WAIT_RESOURCE", "RUNNING", "CHECKING", "CHECKING_CONDITION"];
const STARTED: readonly InstanceStatus[] = ["RUNNING", "CHECKING", "CHECKING_CONDITION", "SUCCESS", "FAILURE"];

/**
 * The DAG status from its instances' statuses. Pure. SUCCESS when every instance succeeded; FAILURE
 * when one failed and nothing can move any more (instances blocked behind it stay NOT_RUN);
 * RUNNING once any instance started; an empty or untouched DAG keeps CREATED.
 */
export function rollUpDagStatus(current: DagStatus, counts: DagStatusCounts): DagStatus {
  const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
  if (total === 0) return current;
  if ((counts.SUCCESS ?? 0) === total) return "SUCCESS";
  const progressing = PROGRESSING.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  if ((counts.FAILURE ?? 0) > 0 && progressing === 0) return "FAILURE";
  const started = STARTED.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  if (current === "CREATED" && started === 0) return "CREATED";
  return "RUNNING";
}

/**
 * Recomputes the status of the given DAGs and sets StartTime / FinishTime. When a DAG reaches
 * SUCCESS, the DAGs whose `afterDagId` names it (serial backfills, Parallelism=false) are released:
 * their root instances were created holding one extra pending parent, cleared here.
 */
export async function refreshDagStatus(tx: Tx, dagIds: readonly bigint[], now: number): Promise<void> {
  const unique = [...new Set(dagIds)];
  for (const batch of chunked(unique, 500)) {
    const dags = await tx.dag.findMany({ where: { id: { in: batch } }, select: { id: true, status: true, startTime: true } });
    const rows = await tx.$queryRaw<{ dagId: unknown; status: string; count: unknown }[]>`
      SELECT "dagId", "status", COUNT(*) AS "count" FROM "instance"
      WHERE "dagId" IN (${Prisma.join(batch)}) GROUP BY "dagId", "status"`;
    const countsByDag = new Map<bigint, DagStatusCounts>();
    for (const row of rows) {
      const dagId = toBigInt(row.dagId);
      const counts = countsByDag.get(dagId) ?? {};
      counts[row.status as InstanceStatus] = toNumber(row.count);
      countsByDag.set(dagId, counts);
    }
    for (const dag of dags) {
      const current = dag.status as DagStatus;
      const next = rollUpDagStatus(current, countsByDag.get(dag.id) ?? {});
      if (next === current) continue;
      const isFinished = next === "SUCCESS" || next === "FAILURE";
      await tx.dag.update({
        where: { id: dag.id },
        data: {
          status: next,
          modifyTime: BigInt(now),
          startTime: dag.startTime ?? (next === "CREATED" ? null : BigInt(now)),
          finishTime: isFinished ? BigInt(now) : null,
        },
      });
      if (next === "SUCCESS") await releaseFollowingDags(tx, dag.id, now);
    }
  }
}

/** Clears the hold on the root instances of DAGs that wait for `dagId` (see refreshDagStatus). */
async function releaseFollowingDags(tx: Tx, dagId: bigint, now: number): Promise<void> {
  const following = await tx.dag.findMany({ where: { afterDagId: dagId }, select: { id: true } });
  for (const dag of following) {
    await tx.$executeRaw`
      UPDATE "instance" SET "pendingParents" = 0, "modifyTime" = ${now}
      WHERE "dagId" = ${dag.id} AND "status" = 'NOT_RUN' AND "pendingParents" > 0
        AND NOT EXISTS (SELECT 1 FROM "instance_edge" e WHERE e."childId" = "instance"."id")`;
    await tx.$executeRaw`
      UPDATE "instance" SET "status" = 'WAIT_TIME', "beginWaitTimeTime" = ${now}, "modifyTime" = ${now}
      WHERE "dagId" = ${dag.id} AND "status" = 'NOT_RUN' AND "pendingParents" = 0`;
  }
}

/** Whether an instance of this DAG with no parents is still held by an earlier serial backfill DAG. */
export async function isHeldByEarlierDag(tx: Tx, dagId: bigint): Promise<boolean> {
  const dag = await tx.dag.findUnique({ where: { id: dagId }, select: { afterDagId: true } });
  if (!dag?.afterDagId) return false;
  const earlier = await tx.dag.findUnique({ where: { id: dag.afterDagId }, select: { status: true } });
  return earlier !== null && earlier.status !== "SUCCESS";
}
