import type { InstanceStatus } from "../../../model/status";
import type { Database } from "../../database";
import { toBigIntValue, toNullableNumberValue, toNumberValue, toStringValue } from "../common/raw-values";
import { join, sql } from "../common/sql";
import { toInstanceStatus } from "../common/entities";

/** What the monitor needs of an instance to predict it and show it on a key path. */
export type GraphInstance = {
  id: bigint;
  projectId: bigint;
  nodeId: bigint;
  bizdate: number;
  cycTime: number;
  inGroupId: number;
  status: InstanceStatus;
  attempt: number;
  beginWaitTimeTime: number | null;
  beginWaitResTime: number | null;
  beginRunningTime: number | null;
  finishTime: number | null;
  parentIds: bigint[];
};

const ID_BATCH = 1_000;

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

const INSTANCE_SELECT = {
  id: true,
  projectId: true,
  nodeId: true,
  bizdate: true,
  cycTime: true,
  inGroupId: true,
  status: true,
  attempt: true,
  beginWaitTimeTime: true,
  beginWaitResTime: true,
  beginRunningTime: true,
  finishTime: true,
} as const;

type InstanceRow = { [K in keyof typeof INSTANCE_SELECT]: unknown };

function toGraphInstance(row: InstanceRow, parentIds: bigint[]): GraphInstance {
  return {
    id: toBigIntValue(row.id),
    projectId: toBigIntValue(row.projectId),
    nodeId: toBigIntValue(row.nodeId),
    bizdate: toNumberValue(row.bizdate),
    cycTime: toNumberValue(row.cycTime),
    inGroupId: toNumberValue(row.inGroupId),
    status: toInstanceStatus(row.status),
    attempt: toNumberValue(row.attempt),
    beginWaitTimeTime: toNullableNumberValue(row.beginWaitTimeTime),
    beginWaitResTime: toNullableNumberValue(row.beginWaitResTime),
    beginRunningTime: toNullableNumberValue(row.beginRunningTime),
    finishTime: toNullableNumberValue(row.finishTime),
    parentIds,
  };
}

/**
 * The instances given and every instance upstream of them (over instance_edge), each with its
 * parent IDs. Level by level, one batched query per level and batch, so deep chains cost no stack.
 */
export async function loadUpstreamGraph(db: Database, rootIds: readonly bigint[], maxInstances = 50_000): Promise<GraphInstance[]> {
  const parentsByChild = new Map<bigint, bigint[]>();
  const seen = new Set<bigint>(rootIds);
  let frontier = [...seen];
  while (frontier.length > 0 && seen.size <= maxInstances) {
    const next: bigint[] = [];
    for (const batch of batches(frontier, ID_BATCH)) {
      const edges = await db.prisma.instanceEdge.findMany({ where: { childId: { in: batch } }, select: { parentId: true, childId: true } });
      for (const edge of edges) {
        const childId = toBigIntValue(edge.childId);
        const parentId = toBigIntValue(edge.parentId);
        const list = parentsByChild.get(childId);
        if (list) list.push(parentId);
        else parentsByChild.set(childId, [parentId]);
        if (!seen.has(parentId)) {
          seen.add(parentId);
          next.push(parentId);
        }
      }
    }
    frontier = next;
  }
  return loadGraphInstances(db, [...seen], parentsByChild);
}

/** Reads instances by ID; `parentsByChild` gives their parents (missing → none). */
export async function loadGraphInstances(db: Database, ids: readonly bigint[], parentsByChild: ReadonlyMap<bigint, bigint[]>): Promise<GraphInstance[]> {
  const result: GraphInstance[] = [];
  for (const batch of batches(ids, ID_BATCH)) {
    const rows = await db.prisma.instance.findMany({ where: { id: { in: batch } }, select: INSTANCE_SELECT });
    for (const row of rows) result.push(toGraphInstance(row, parentsByChild.get(toBigIntValue(row.id)) ?? []));
  }
  return result;
}

/** One instance's current facts (parents not read), or null when it is gone. */
export async function findGraphInstance(db: Database, id: bigint): Promise<GraphInstance | null> {
  const row = await db.prisma.instance.findUnique({ where: { id }, select: INSTANCE_SELECT });
  return row ? toGraphInstance(row, []) : null;
}

/**
 * The run times (ms, most recent first) of each node's last `limit` successful runs that really ran
 * (a start and a finish), finished before `before`.
 */
export async function recentRunDurations(db: Database, nodeIds: readonly bigint[], limit: number, before: number): Promise<Map<bigint, number[]>> {
  const result = new Map<bigint, number[]>();
  for (const batch of batches(nodeIds, ID_BATCH)) {
    if (batch.length === 0) continue;
    const rows = await db.prisma.$queryRaw<{ nodeId: unknown; duration: unknown }[]>(sql`
      SELECT "nodeId", "duration" FROM (
        SELECT "nodeId", "finishTime" - "beginRunningTime" AS "duration",
               ROW_NUMBER() OVER (PARTITION BY "nodeId" ORDER BY "finishTime" DESC, "id" DESC) AS "position"
        FROM "instance"
        WHERE "nodeId" IN (${join(batch)}) AND "status" = 'SUCCESS'
          AND "beginRunningTime" IS NOT NULL AND "finishTime" IS NOT NULL AND "finishTime" < ${BigInt(before)}
      ) AS "recent"
      WHERE "position" <= ${limit}
      ORDER BY "nodeId", "position"`);
    for (const row of rows) {
      const nodeId = toBigIntValue(row.nodeId);
      const list = result.get(nodeId) ?? [];
      list.push(toNumberValue(row.duration));
      result.set(nodeId, list);
    }
  }
  return result;
}

/** Node names, owners and program types for display. */
export async function findNodeFacts(db: Database, nodeIds: readonly bigint[]): Promise<Map<bigint, { name: string; owner: string; projectId: bigint; fileType: number; programType: string }>> {
  const result = new Map<bigint, { name: string; owner: string; projectId: bigint; fileType: number; programType: string }>();
  for (const batch of batches(nodeIds, ID_BATCH)) {
    const rows = await db.prisma.node.findMany({ where: { id: { in: batch } }, select: { id: true, name: true, ownerId: true, projectId: true, fileType: true, programType: true } });
    for (const row of rows) {
      result.set(toBigIntValue(row.id), { name: toStringValue(row.name), owner: toStringValue(row.ownerId), projectId: toBigIntValue(row.projectId), fileType: toNumberValue(row.fileType), programType: toStringValue(row.programType) });
    }
  }
  return result;
}
