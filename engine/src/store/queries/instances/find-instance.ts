import type { Instance } from "../../../model/entities";
import type { Database } from "../../database";
import { toInstanceEntity } from "../common/entities";

export async function findInstanceById(db: Database, instanceId: bigint): Promise<Instance | null> {
  const row = await db.prisma.instance.findUnique({ where: { id: instanceId } });
  return row ? toInstanceEntity(row) : null;
}

/** Every instance of a DAG, in (cycle time, ID) order. */
export async function findInstancesOfDag(db: Database, dagId: bigint): Promise<Instance[]> {
  const rows = await db.prisma.instance.findMany({ where: { dagId }, orderBy: [{ cycTime: "asc" }, { id: "asc" }] });
  return rows.map(toInstanceEntity);
}
