import type { Instance } from "../../../model/entities";
import type { Database } from "../../database";
import { toInstanceEntity } from "../common/entities";
import { sql } from "../common/sql";

/** Through the driver: this read sits on the scheduler's and the RPC's hot paths (see docs/BENCHMARKS.md). */
export async function findInstanceById(db: Database, instanceId: bigint): Promise<Instance | null> {
  const [row] = await db.readRows(sql`SELECT * FROM "instance" WHERE "id" = ${instanceId}`);
  return row ? toInstanceEntity(row) : null;
}

/** Every instance of a DAG, in (cycle time, ID) order. */
export async function findInstancesOfDag(db: Database, dagId: bigint): Promise<Instance[]> {
  const rows = await db.prisma.instance.findMany({ where: { dagId }, orderBy: [{ cycTime: "asc" }, { id: "asc" }] });
  return rows.map(toInstanceEntity);
}
