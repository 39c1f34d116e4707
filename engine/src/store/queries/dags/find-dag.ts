import type { Dag } from "../../../model/entities";
import type { Database } from "../../database";
import { toDagEntity } from "../common/entities";

export async function findDagById(db: Database, dagId: bigint): Promise<Dag | null> {
  const row = await db.prisma.dag.findUnique({ where: { id: dagId } });
  return row ? toDagEntity(row) : null;
}

/** Every DAG of one backfill (one RunCycleDagNodes call), in business-date order. */
export async function findDagsByOpSeq(db: Database, opSeq: bigint): Promise<Dag[]> {
  const rows = await db.prisma.dag.findMany({ where: { opSeq }, orderBy: [{ bizdate: "asc" }, { id: "asc" }] });
  return rows.map(toDagEntity);
}
