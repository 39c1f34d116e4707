import type { Node, NodeOutput } from "../../../model/entities";
import type { Database } from "../../database";
import { toNodeEntity, toNodeOutputEntity } from "../common/entities";

/** The outputs of the given nodes, in ID order. */
export async function findOutputsOfNodes(db: Database, nodeIds: readonly bigint[]): Promise<NodeOutput[]> {
  if (nodeIds.length === 0) return [];
  const rows = await db.prisma.nodeOutput.findMany({ where: { nodeId: { in: [...nodeIds] } }, orderBy: { id: "asc" } });
  return rows.map(toNodeOutputEntity);
}

/**
 * Deployed nodes that produce each output name (exact match, every project), keyed by the name.
 * Names that nothing produces are absent from the map.
 */
export async function findNodesByOutputNames(db: Database, names: readonly string[]): Promise<Map<string, Node[]>> {
  if (names.length === 0) return new Map();
  const outputs = await db.prisma.nodeOutput.findMany({ where: { name: { in: [...names] } }, orderBy: { id: "asc" } });
  const nodes = await db.prisma.node.findMany({ where: { id: { in: outputs.map((output) => output.nodeId) }, isDeleted: false } });
  const nodeById = new Map(nodes.map((row) => [row.id, toNodeEntity(row)]));
  const result = new Map<string, Node[]>();
  for (const output of outputs) {
    const node = nodeById.get(output.nodeId);
    if (node === undefined) continue;
    result.set(output.name, [...(result.get(output.name) ?? []), node]);
  }
  return result;
}
