import type { Database } from "../../database";
import { toBigIntValue, toNumberValue } from "../common/raw-values";

export type LongestRun = { instanceId: bigint; nodeId: bigint; bizdate: number; elapsedMs: number };

/**
 * The longest finished (SUCCESS or FAILURE) cycle instance of each node on one business date, the
 * `limit` longest of those, longest first (ties: newer instance first).
 */
export async function findLongestRunsPerNode(
  db: Database,
  query: { projectId: bigint; bizdate: number; limit: number },
): Promise<LongestRun[]> {
  const rows = await db.prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT "id", "nodeId", "bizdate", "elapsedMs" FROM (
      SELECT "id", "nodeId", "bizdate", ("finishTime" - "beginRunningTime") AS "elapsedMs",
        ROW_NUMBER() OVER (PARTITION BY "nodeId" ORDER BY ("finishTime" - "beginRunningTime") DESC, "id" DESC) AS "place"
      FROM "instance"
      WHERE "projectId" = ${query.projectId} AND "bizdate" = ${BigInt(query.bizdate)} AND "dagType" = 'DAILY'
        AND "status" IN ('SUCCESS', 'FAILURE') AND "beginRunningTime" IS NOT NULL AND "finishTime" IS NOT NULL) AS "runs"
    WHERE "place" = 1
    ORDER BY "elapsedMs" DESC, "id" DESC
    LIMIT ${query.limit}`;
  return rows.map((row) => ({
    instanceId: toBigIntValue(row.id),
    nodeId: toBigIntValue(row.nodeId),
    bizdate: toNumberValue(row.bizdate),
    elapsedMs: toNumberValue(row.elapsedMs),
  }));
}
