import { Prisma } from "../../../prisma/generated/sqlite/client";
import { INSTANCE_STATUSES, type DagStatus, type InstanceStatus } from "../model/status";
import type { SqlRunner } from "./driver-sql";
import { chunked, toBigInt, toNullableNumber, toNumber, type Tx } from "./transaction";

/** Instances per status, or just presence (1) per status: the rollup only asks which are present. */
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
export async function refreshDagStatus(tx: SqlRunner, dagIds: readonly bigint[], now: number): Promise<void> {
  const unique = [...new Set(dagIds)];
  for (const batch of chunked(unique, 500)) {
    // Typed raw SQL: every claim and every finish passes here (docs/BENCHMARKS.md, hot paths).
    const rows = await tx.$queryRaw<{ id: unknown; status: string; startTime: unknown }[]>`
      SELECT "id", "status", "startTime" FROM "dag" WHERE "id" IN (${Prisma.join(batch)})`;
    const dags = rows.map((row) => ({ id: toBigInt(row.id), status: row.status as DagStatus, startTime: toNullableNumber(row.startTime) }));
    const countsByDag = new Map<bigint, DagStatusCounts>();
    for (const dag of dags) countsByDag.set(dag.id, await statusesPresent(tx, dag.id));
    for (const dag of dags) {
      const next = rollUpDagStatus(dag.status, countsByDag.get(dag.id) ?? {});
      if (next === dag.status) continue;
      const isFinished = next === "SUCCESS" || next === "FAILURE";
      const startTime = dag.startTime ?? (next === "CREATED" ? null : now);
      await tx.$executeRaw`
        UPDATE "dag" SET "status" = ${next}, "modifyTime" = ${now}, "startTime" = ${startTime}, "finishTime" = ${isFinished ? now : null}
        WHERE "id" = ${dag.id}`;
      if (next === "SUCCESS") await releaseFollowingDags(tx, dag.id, now);
    }
  }
}

/**
 * Which statuses the DAG's instances have (1 = present): one index probe per status on
 * (dagId, status), so the rollup costs the same for a DAG of ten instances or of a hundred thousand.
 */
async function statusesPresent(tx: SqlRunner, dagId: bigint): Promise<DagStatusCounts> {
  const probes = Prisma.join(
    INSTANCE_STATUSES.map(
      (status, index) =>
        Prisma.sql`CASE WHEN EXISTS (SELECT 1 FROM "instance" WHERE "dagId" = ${dagId} AND "status" = ${status}) THEN 1 ELSE 0 END AS ${Prisma.raw(`"s${index}"`)}`,
    ),
  );
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`SELECT ${probes}`;
  const counts: DagStatusCounts = {};
  INSTANCE_STATUSES.forEach((status, index) => {
    if (toNumber(row?.[`s${index}`] ?? 0) > 0) counts[status] = 1;
  });
  return counts;
}

/** Clears the hold on the root instances of DAGs that wait for `dagId` (see refreshDagStatus). */
async function releaseFollowingDags(tx: SqlRunner, dagId: bigint, now: number): Promise<void> {
  const following = await tx.$queryRaw<{ id: unknown }[]>`SELECT "id" FROM "dag" WHERE "afterDagId" = ${dagId}`;
  for (const { id } of following) {
    const followingId = toBigInt(id);
    await tx.$executeRaw`
      UPDATE "instance" SET "pendingParents" = 0, "modifyTime" = ${now}
      WHERE "dagId" = ${followingId} AND "status" = 'NOT_RUN' AND "pendingParents" > 0
        AND NOT EXISTS (SELECT 1 FROM "instance_edge" e WHERE e."childId" = "instance"."id")`;
    await tx.$executeRaw`
      UPDATE "instance" SET "status" = 'WAIT_TIME', "beginWaitTimeTime" = ${now}, "modifyTime" = ${now}
      WHERE "dagId" = ${followingId} AND "status" = 'NOT_RUN' AND "pendingParents" = 0`;
  }
}

/** Whether an instance of this DAG with no parents is still held by an earlier serial backfill DAG. */
export async function isHeldByEarlierDag(tx: Tx, dagId: bigint): Promise<boolean> {
  const dag = await tx.dag.findUnique({ where: { id: dagId }, select: { afterDagId: true } });
  if (!dag?.afterDagId) return false;
  const earlier = await tx.dag.findUnique({ where: { id: dag.afterDagId }, select: { status: true } });
  return earlier !== null && earlier.status !== "SUCCESS";
}
