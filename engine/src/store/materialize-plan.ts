import type { DagType, TaskType } from "../model/status";
import { bizdateEpoch } from "../schedule/calendar";
import { bulkInsert, type BulkColumn, type BulkValue } from "./bulk-insert";
import { allocateIds } from "./ids";
import { toBigInt, type Tx } from "./transaction";

/** Instances to create and their dependencies by index (the shape schedule/plan.ts returns). */
export type InstancePlan = {
  instances: readonly { nodeId: bigint; cycTime: number; inGroupId: number; taskType: TaskType }[];
  edges: readonly { parentIndex: number; childIndex: number }[];
};

/** The node columns an instance copies when it is created. */
export type PlanNodeRow = {
  priority: number;
  resourceGroupId: bigint;
  paramValues: string;
  baselineId: bigint | null;
  autoRerunTimes: number;
};

export type MaterializePlanInput = {
  projectId: bigint;
  dag: { id: bigint; type: DagType };
  bizdate: string;
  timezone: string;
  plan: InstancePlan;
  nodes: ReadonlyMap<bigint, PlanNodeRow>;
  createUser: string;
  now: number;
  paramOverrides?: ReadonlyMap<bigint, string>;
  /** Held parents for instances without parents (a serial backfill DAG waiting for the one before). */
  extraPendingForRoots?: number;
};

export type MaterializeResult = {
  /** The instance ID of every plan entry, index-aligned with `plan.instances`. */
  instanceIds: bigint[];
  created: number;
};

const INSTANCE_COLUMNS: readonly BulkColumn[] = [
  { name: "id", type: "bigint" },
  { name: "projectId", type: "bigint" },
  { name: "nodeId", type: "bigint" },
  { name: "dagId", type: "bigint" },
  { name: "dagType", type: "text" },
  { name: "bizdate", type: "bigint" },
  { name: "cycTime", type: "bigint" },
  { name: "dueTime", type: "bigint" },
  { name: "inGroupId", type: "int" },
  { name: "status", type: "text" },
  { name: "taskType", type: "text" },
  { name: "priority", type: "int" },
  { name: "resourceGroupId", type: "bigint" },
  { name: "paramValues", type: "text" },
  { name: "pendingParents", type: "int" },
  { name: "rerunsLeft", type: "int" },
  { name: "createUser", type: "text" },
  { name: "baselineId", type: "bigint" },
  { name: "createTime", type: "bigint" },
  { name: "modifyTime", type: "bigint" },
  { name: "beginWaitTimeTime", type: "bigint" },
];
const EDGE_COLUMNS: readonly BulkColumn[] = [
  { name: "parentId", type: "bigint" },
  { name: "childId", type: "bigint" },
];

/**
 * Inserts the plan's instances and edges into the DAG and returns the instance ID of every plan
 * entry (index-aligned with `plan.instances`). Entries that already exist in the DAG (same node and
 * cycle time) are reused, not duplicated, so it can be called again after nodes were added.
 */
export async function materializePlan(tx: Tx, input: MaterializePlanInput): Promise<bigint[]> {
  return (await materializePlanCounted(tx, input)).instanceIds;
}

export async function materializePlanCounted(tx: Tx, input: MaterializePlanInput): Promise<MaterializeResult> {
  const { plan, now } = input;
  const existing = await loadExistingInstances(tx, input.dag.id);
  const instanceIds: bigint[] = [];
  const existingStatus = new Map<number, string>();
  const newIndexes: number[] = [];
  plan.instances.forEach((entry, index) => {
    const found = existing.get(instanceKey(entry.nodeId, entry.cycTime));
    if (found) {
      instanceIds[index] = found.id;
      existingStatus.set(index, found.status);
    } else {
      newIndexes.push(index);
    }
  });
  if (newIndexes.length === 0) return { instanceIds, created: 0 };

  const firstId = await allocateIds(tx, "instance", newIndexes.length);
  newIndexes.forEach((planIndex, offset) => (instanceIds[planIndex] = firstId + BigInt(offset)));

  const pendingByIndex = new Map<number, number>();
  const newEdges: { parentId: bigint; childId: bigint }[] = [];
  const existingChildrenWithNewParents = new Set<bigint>();
  const isNew = (index: number) => !existingStatus.has(index);
  for (const edge of plan.edges) {
    const parentId = instanceIds[edge.parentIndex];
    const childId = instanceIds[edge.childIndex];
    if (parentId === undefined || childId === undefined) throw new Error("materializePlan: an edge points outside the plan");
    if (!isNew(edge.parentIndex) && !isNew(edge.childIndex)) continue;
    newEdges.push({ parentId, childId });
    if (isNew(edge.childIndex)) {
      const parentDone = existingStatus.get(edge.parentIndex) === "SUCCESS";
      if (!parentDone) pendingByIndex.set(edge.childIndex, (pendingByIndex.get(edge.childIndex) ?? 0) + 1);
    } else {
      existingChildrenWithNewParents.add(childId);
    }
  }
  const hasParents = new Set(plan.edges.map((edge) => edge.childIndex));
  const extraForRoots = input.extraPendingForRoots ?? 0;
  const bizdate = BigInt(bizdateEpoch(input.bizdate, input.timezone));

  const createTime = BigInt(now);
  const rows = newIndexes.map((index): BulkValue[] => {
    const entry = plan.instances[index]!;
    const node = input.nodes.get(entry.nodeId);
    if (!node) throw new Error(`materializePlan: node ${entry.nodeId} is not among the given nodes`);
    const pendingParents = (pendingByIndex.get(index) ?? 0) + (hasParents.has(index) ? 0 : extraForRoots);
    const isWaitingOnParents = pendingParents > 0;
    return [
      instanceIds[index]!,
      input.projectId,
      entry.nodeId,
      input.dag.id,
      input.dag.type,
      bizdate,
      entry.cycTime,
      entry.cycTime,
      entry.inGroupId,
      isWaitingOnParents ? "NOT_RUN" : "WAIT_TIME",
      entry.taskType,
      node.priority,
      node.resourceGroupId,
      input.paramOverrides?.get(entry.nodeId) ?? node.paramValues,
      pendingParents,
      node.autoRerunTimes > 0 ? node.autoRerunTimes : null,
      input.createUser,
      node.baselineId,
      createTime,
      createTime,
      isWaitingOnParents ? null : createTime,
    ];
  });
  await bulkInsert(tx, "instance", INSTANCE_COLUMNS, rows);
  await bulkInsert(tx, "instance_edge", EDGE_COLUMNS, newEdges.map((edge) => [edge.parentId, edge.childId]), { onConflictDoNothing: true });
  await holdExistingChildren(tx, [...existingChildrenWithNewParents], now);
  return { instanceIds, created: newIndexes.length };
}

type ExistingInstance = { id: bigint; status: string };

function instanceKey(nodeId: bigint, cycTime: number | bigint): string {
  return `${nodeId}@${cycTime}`;
}

async function loadExistingInstances(tx: Tx, dagId: bigint): Promise<Map<string, ExistingInstance>> {
  const rows = await tx.$queryRaw<{ id: unknown; nodeId: unknown; cycTime: unknown; status: string }[]>`
    SELECT "id", "nodeId", "cycTime", "status" FROM "instance" WHERE "dagId" = ${dagId}`;
  const byKey = new Map<string, ExistingInstance>();
  for (const row of rows) byKey.set(instanceKey(toBigInt(row.nodeId), toBigInt(row.cycTime)), { id: toBigInt(row.id), status: row.status });
  return byKey;
}

/**
 * An instance that has not started yet and just gained a new parent (a node added upstream by a
 * deploy) waits for it: its pending count is recomputed and it goes back to NOT_RUN.
 */
async function holdExistingChildren(tx: Tx, childIds: readonly bigint[], now: number): Promise<void> {
  for (const childId of childIds) {
    const parents = await tx.$queryRaw<{ status: string }[]>`
      SELECT p."status" FROM "instance_edge" e JOIN "instance" p ON p."id" = e."parentId" WHERE e."childId" = ${childId}`;
    const pendingParents = parents.filter((parent) => parent.status !== "SUCCESS").length;
    await tx.instance.updateMany({
      where: { id: childId, status: { in: ["NOT_RUN", "WAIT_TIME"] } },
      data: pendingParents > 0
        ? { pendingParents, status: "NOT_RUN", beginWaitTimeTime: null, modifyTime: BigInt(now) }
        : { pendingParents, modifyTime: BigInt(now) },
    });
  }
}
