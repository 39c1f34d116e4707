import { Prisma } from "../../../../prisma/generated/sqlite/client";
import type { SchedulerType } from "../../model/status";
import type { PlanNode } from "../../schedule/plan";
import type { PlanNodeRow } from "../../store/instance-state";
import { chunked, toBigInt, type Tx } from "../../store/transaction";

export type LoadedNode = PlanNodeRow & {
  id: bigint;
  projectId: bigint;
  cronExpress: string;
  schedulerType: SchedulerType;
  businessName: string;
};

export type LoadedNodes = {
  /** The nodes that exist (deleted ones do not), by ID. */
  byId: Map<bigint, LoadedNode>;
  /** Each loaded node as the planner takes it, with its parents among the loaded nodes only. */
  planNodes: PlanNode[];
};

const NODE_COLUMNS = {
  id: true,
  projectId: true,
  cronExpress: true,
  schedulerType: true,
  businessName: true,
  priority: true,
  resourceGroupId: true,
  paramValues: true,
  baselineId: true,
  autoRerunTimes: true,
} as const;

/** Reads the given nodes and the dependencies among them, for planning a run of exactly these nodes. */
export async function loadPlanNodes(tx: Tx, nodeIds: readonly bigint[]): Promise<LoadedNodes> {
  const byId = new Map<bigint, LoadedNode>();
  for (const batch of chunked([...new Set(nodeIds)], 500)) {
    const rows = await tx.node.findMany({ where: { id: { in: batch }, isDeleted: false }, select: NODE_COLUMNS });
    for (const row of rows) byId.set(row.id, { ...row, schedulerType: row.schedulerType as SchedulerType });
  }
  return { byId, planNodes: await toPlanNodes(tx, byId) };
}

/** Reads a project's nodes that match `where` (a business flow's manual nodes) with their dependencies. */
export async function loadPlanNodesWhere(tx: Tx, where: Prisma.NodeWhereInput): Promise<LoadedNodes> {
  const rows = await tx.node.findMany({ where: { ...where, isDeleted: false }, select: NODE_COLUMNS, orderBy: { id: "asc" } });
  const byId = new Map<bigint, LoadedNode>(rows.map((row) => [row.id, { ...row, schedulerType: row.schedulerType as SchedulerType }]));
  return { byId, planNodes: await toPlanNodes(tx, byId) };
}

async function toPlanNodes(tx: Tx, byId: ReadonlyMap<bigint, LoadedNode>): Promise<PlanNode[]> {
  const parentsOf = new Map<bigint, bigint[]>();
  for (const batch of chunked([...byId.keys()], 500)) {
    const edges = await tx.$queryRaw<{ parentId: unknown; childId: unknown }[]>`
      SELECT "parentId", "childId" FROM "node_edge" WHERE "childId" IN (${Prisma.join(batch)})`;
    for (const edge of edges) {
      const parentId = toBigInt(edge.parentId);
      const childId = toBigInt(edge.childId);
      if (!byId.has(parentId)) continue;
      parentsOf.set(childId, [...(parentsOf.get(childId) ?? []), parentId]);
    }
  }
  return [...byId.values()].map((node) => ({
    id: node.id,
    cronExpress: node.cronExpress,
    schedulerType: node.schedulerType,
    parentIds: parentsOf.get(node.id) ?? [],
  }));
}
