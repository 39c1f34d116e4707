import type { Node } from "../../../model/entities";
import type { Database } from "../../database";
import { toNodeEntity } from "../common/entities";

/** Direct upstream nodes (one level), deployed ones only, in ID order. */
export async function findParentNodes(db: Database, nodeId: bigint): Promise<Node[]> {
  const edges = await db.prisma.nodeEdge.findMany({ where: { childId: nodeId }, select: { parentId: true } });
  return findLiveNodes(db, edges.map((edge) => edge.parentId));
}

/** Direct downstream nodes (one level), deployed ones only, in ID order. */
export async function findChildNodes(db: Database, nodeId: bigint): Promise<Node[]> {
  const edges = await db.prisma.nodeEdge.findMany({ where: { parentId: nodeId }, select: { childId: true } });
  return findLiveNodes(db, edges.map((edge) => edge.childId));
}

async function findLiveNodes(db: Database, nodeIds: bigint[]): Promise<Node[]> {
  if (nodeIds.length === 0) return [];
  const rows = await db.prisma.node.findMany({ where: { id: { in: nodeIds }, isDeleted: false }, orderBy: { id: "asc" } });
  return rows.map(toNodeEntity);
}
