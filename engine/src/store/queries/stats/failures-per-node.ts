import type { Database } from "../../database";
import { toBigIntValue, toNumberValue } from "../common/raw-values";

export type NodeFailureCount = { nodeId: bigint; count: number };

/**
 * Nodes by how many of their cycle instances in a business-date range are FAILURE, most first
 * (ties: lower node ID first), at most `limit`.
 */
export async function countFailuresPerNode(
  db: Database,
  query: { projectId: bigint; fromBizdate: number; toBizdate: number; limit: number },
): Promise<NodeFailureCount[]> {
  const rows = await db.prisma.$queryRaw<{ nodeId: unknown; count: unknown }[]>`
    SELECT "nodeId", COUNT(*) AS "count" FROM "instance"
    WHERE "projectId" = ${query.projectId} AND "bizdate" >= ${BigInt(query.fromBizdate)} AND "bizdate" <= ${BigInt(query.toBizdate)}
      AND "status" = 'FAILURE' AND "dagType" = 'DAILY'
    GROUP BY "nodeId"
    ORDER BY COUNT(*) DESC, "nodeId" ASC
    LIMIT ${query.limit}`;
  return rows.map((row) => ({ nodeId: toBigIntValue(row.nodeId), count: toNumberValue(row.count) }));
}
