import type { Node } from "../../../model/entities";
import type { Database } from "../../database";
import { toNodeEntity } from "../common/entities";
import { toBigIntValue, toNumberValue } from "../common/raw-values";
import { nodeFilterCondition, type NodeFilter } from "./node-filter";

export type NodePage = { nodes: Node[]; totalCount: number };

/** One page of a project's nodes in ID order. */
export async function listNodes(db: Database, filter: NodeFilter, page: { offset: number; limit: number }): Promise<NodePage> {
  const where = nodeFilterCondition(filter);
  const [rows, counts] = await Promise.all([
    db.prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT * FROM "node" WHERE ${where} ORDER BY "id" ASC LIMIT ${page.limit} OFFSET ${page.offset}`,
    db.prisma.$queryRaw<{ count: unknown }[]>`SELECT COUNT(*) AS "count" FROM "node" WHERE ${where}`,
  ]);
  return { nodes: rows.map(toNodeEntity), totalCount: toNumberValue(counts[0]?.count ?? 0) };
}

/** IDs of the nodes that match (deleted ones too, when asked): instance filters resolve through this. */
export async function findNodeIds(db: Database, filter: NodeFilter): Promise<bigint[]> {
  const rows = await db.prisma.$queryRaw<{ id: unknown }[]>`SELECT "id" FROM "node" WHERE ${nodeFilterCondition(filter)} ORDER BY "id"`;
  return rows.map((row) => toBigIntValue(row.id));
}

/** Nodes by ID, deleted ones included (old instances still name them). */
export async function findNodesByIds(db: Database, nodeIds: readonly bigint[]): Promise<Map<bigint, Node>> {
  if (nodeIds.length === 0) return new Map();
  const rows = await db.prisma.node.findMany({ where: { id: { in: [...new Set(nodeIds)] } } });
  return new Map(rows.map((row) => [row.id, toNodeEntity(row)]));
}

