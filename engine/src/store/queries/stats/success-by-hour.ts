import type { Database } from "../../database";
import { toNumberValue } from "../common/raw-values";
import { join, sql } from "../common/sql";

/**
 * Successful cycle (DAILY) instances of one business date, bucketed by finish time: bucket `i` holds
 * those that finished before `boundaries[i]` and not before `boundaries[i - 1]`; the last bucket
 * (index `boundaries.length`) holds those that finished later. One scan of the day's SUCCESS range.
 */
export async function countSuccessesByFinishBucket(
  db: Database,
  query: { projectId: bigint; bizdate: number; boundaries: readonly number[] },
): Promise<number[]> {
  const counts = new Array<number>(query.boundaries.length + 1).fill(0);
  if (query.boundaries.length === 0) return counts;
  const cases = query.boundaries.map((boundary, index) => sql`WHEN "finishTime" < ${BigInt(boundary)} THEN ${index}`);
  const rows = await db.prisma.$queryRaw<{ bucket: unknown; count: unknown }[]>`
    SELECT "bucket", COUNT(*) AS "count" FROM (
      SELECT CASE ${join(cases, " ")} ELSE ${query.boundaries.length} END AS "bucket"
      FROM "instance"
      WHERE "projectId" = ${query.projectId} AND "bizdate" = ${BigInt(query.bizdate)} AND "status" = 'SUCCESS'
        AND "dagType" = 'DAILY' AND "finishTime" IS NOT NULL) AS "finished"
    GROUP BY "bucket"`;
  for (const row of rows) {
    const bucket = toNumberValue(row.bucket);
    counts[bucket] = toNumberValue(row.count);
  }
  return counts;
}
