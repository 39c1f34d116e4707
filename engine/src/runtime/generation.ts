import type { SchedulerType } from "../model/status";
import { bizdateEpoch, bizdatesToEnsure } from "../schedule/calendar";
import { planCycleInstances, type PlanNode } from "../schedule/plan";
import type { Database } from "../store/database";
import { allocateIds } from "../store/ids";
import { materializePlanCounted, type PlanNodeRow } from "../store/materialize-plan";
import { inWriteTransaction, toBigInt, toNumber, type Tx } from "../store/transaction";

export const DEFAULT_GENERATION_AHEAD_MS = 2 * 3_600_000;
const GENERATION_LOCK = 727_002;

export type EnsureCycleInstancesInput = { projectId: bigint; now: number; aheadMs?: number };
export type GeneratedBizdate = { bizdate: string; created: number };

/**
 * Makes sure the DAILY DAG and the cycle instances of every bizdate that must exist now (today's,
 * and tomorrow's once midnight is `aheadMs` away) are in the database. Idempotent and cheap when
 * nothing changed: a marker in engine_meta records the node set each bizdate was generated from,
 * and a changed node set (a deploy) only adds the instances that are missing.
 */
export async function ensureCycleInstances(database: Database, input: EnsureCycleInstancesInput): Promise<GeneratedBizdate[]> {
  const project = await database.prisma.project.findUnique({ where: { id: input.projectId }, select: { timezone: true } });
  if (!project) throw new Error(`ensureCycleInstances: project ${input.projectId} does not exist`);
  const bizdates = bizdatesToEnsure(input.now, project.timezone, input.aheadMs ?? DEFAULT_GENERATION_AHEAD_MS);
  const fingerprint = await nodeSetFingerprint(database, input.projectId);
  const results: GeneratedBizdate[] = [];
  for (const bizdate of bizdates) {
    const markerKey = `generation:${input.projectId}:${bizdate}`;
    const marker = await database.prisma.engineMeta.findUnique({ where: { key: markerKey } });
    if (marker?.value === fingerprint) {
      results.push({ bizdate, created: 0 });
      continue;
    }
    const created = await inWriteTransaction(
      database,
      async (tx) => {
        // Serialises generation between engines (and a deploy) on PostgreSQL; SQLite's write lock does it there.
        if (database.dialect === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(${GENERATION_LOCK})`;
        const count = await generateBizdate(tx, input.projectId, project.timezone, bizdate, input.now);
        await tx.engineMeta.upsert({ where: { key: markerKey }, create: { key: markerKey, value: fingerprint }, update: { value: fingerprint } });
        return count;
      },
      { timeoutMs: 300_000, maxWaitMs: 60_000 },
    );
    results.push({ bizdate, created });
  }
  return results;
}

async function generateBizdate(tx: Tx, projectId: bigint, timezone: string, bizdate: string, now: number): Promise<number> {
  const dagId = await findOrCreateDailyDag(tx, projectId, timezone, bizdate, now);
  const nodes = await tx.node.findMany({
    where: { projectId, isDeleted: false },
    select: { id: true, cronExpress: true, schedulerType: true, priority: true, resourceGroupId: true, paramValues: true, baselineId: true, autoRerunTimes: true },
  });
  const nodeIds = new Set(nodes.map((node) => node.id));
  const edges = await tx.$queryRaw<{ parentId: unknown; childId: unknown }[]>`
    SELECT e."parentId", e."childId" FROM "node_edge" e JOIN "node" n ON n."id" = e."childId" WHERE n."projectId" = ${projectId}`;
  const parentsOf = new Map<bigint, bigint[]>();
  for (const edge of edges) {
    const parentId = toBigInt(edge.parentId);
    const childId = toBigInt(edge.childId);
    if (!nodeIds.has(parentId) || !nodeIds.has(childId)) continue;
    const parents = parentsOf.get(childId);
    if (parents) parents.push(parentId);
    else parentsOf.set(childId, [parentId]);
  }
  const planNodes: PlanNode[] = nodes.map((node) => ({
    id: node.id,
    cronExpress: node.cronExpress,
    schedulerType: node.schedulerType as SchedulerType,
    parentIds: parentsOf.get(node.id) ?? [],
  }));
  const plan = planCycleInstances({ nodes: planNodes, bizdate, timezone });
  const rows = new Map<bigint, PlanNodeRow>(nodes.map((node) => [node.id, node]));
  const { created } = await materializePlanCounted(tx, {
    projectId,
    dag: { id: dagId, type: "DAILY" },
    bizdate,
    timezone,
    plan,
    nodes: rows,
    createUser: "system",
    now,
  });
  return created;
}

async function findOrCreateDailyDag(tx: Tx, projectId: bigint, timezone: string, bizdate: string, now: number): Promise<bigint> {
  const epoch = BigInt(bizdateEpoch(bizdate, timezone));
  const existing = await tx.dag.findFirst({ where: { projectId, type: "DAILY", bizdate: epoch }, select: { id: true } });
  if (existing) return existing.id;
  const id = await allocateIds(tx, "dag", 1);
  await tx.dag.create({
    data: {
      id,
      projectId,
      type: "DAILY",
      name: `daily_${bizdate.replaceAll("-", "")}`,
      status: "CREATED",
      bizdate: epoch,
      createUser: "system",
      createTime: BigInt(now),
      modifyTime: BigInt(now),
    },
  });
  return id;
}

/** Changes whenever a deploy adds, changes or removes a node or a dependency of the project. */
async function nodeSetFingerprint(database: Database, projectId: bigint): Promise<string> {
  const [nodes] = await database.prisma.$queryRaw<{ count: unknown; modified: unknown }[]>`
    SELECT COUNT(*) AS "count", MAX("modifiedAt") AS "modified" FROM "node" WHERE "projectId" = ${projectId} AND "isDeleted" = ${false}`;
  const [edges] = await database.prisma.$queryRaw<{ count: unknown }[]>`
    SELECT COUNT(*) AS "count" FROM "node_edge" e JOIN "node" n ON n."id" = e."childId" WHERE n."projectId" = ${projectId}`;
  const modified = nodes?.modified === null || nodes?.modified === undefined ? 0n : toBigInt(nodes.modified);
  return `nodes=${toNumber(nodes?.count ?? 0)};modified=${modified};edges=${toNumber(edges?.count ?? 0)}`;
}

/** Projects the leader generates instances for. */
export async function listProjectIds(database: Database): Promise<bigint[]> {
  const projects = await database.prisma.project.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return projects.map((project) => project.id);
}
