import type { Node } from "../../../model/entities";
import type { Database } from "../../database";
import { toNodeEntity } from "../common/entities";

/** A deployed node (not deleted) by ID. */
export async function findNodeById(db: Database, nodeId: bigint): Promise<Node | null> {
  const row = await db.prisma.node.findFirst({ where: { id: nodeId, isDeleted: false } });
  return row ? toNodeEntity(row) : null;
}
