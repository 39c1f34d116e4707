import type { DagType, InstanceStatus, TaskType } from "../../../model/status";
import { toWireTaskType } from "../../../model/status";
import type { Database } from "../../database";
import { toInstanceStatus } from "../common/entities";
import { toNumberValue } from "../common/raw-values";
import { allOf, sql, type Sql } from "../common/sql";

export type StatusCountQuery = { projectId: bigint; bizdate: number; dagType?: DagType; taskType?: TaskType };

/** Instances of one business date per status; statuses with none are absent. */
export async function countInstancesByStatus(db: Database, query: StatusCountQuery): Promise<Map<InstanceStatus, number>> {
  const conditions: Sql[] = [sql`"projectId" = ${query.projectId}`, sql`"bizdate" = ${BigInt(query.bizdate)}`];
  if (query.dagType !== undefined) conditions.push(sql`"dagType" = ${query.dagType}`);
  // The task type is stored by name; its wire form is accepted too.
  if (query.taskType !== undefined) conditions.push(sql`"taskType" IN (${query.taskType}, ${toWireTaskType(query.taskType)})`);
  const rows = await db.prisma.$queryRaw<{ status: unknown; count: unknown }[]>`
    SELECT "status", COUNT(*) AS "count" FROM "instance" WHERE ${allOf(conditions)} GROUP BY "status"`;
  return new Map(rows.map((row) => [toInstanceStatus(row.status), toNumberValue(row.count)]));
}
