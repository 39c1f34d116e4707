import type { Database } from "../../database";
import { toNumberValue } from "../common/raw-values";

/** Cycle (DAILY) instances per business date in an inclusive range, keyed by the bizdate's epoch ms. */
export async function countCycleInstancesPerBizdate(
  db: Database,
  query: { projectId: bigint; fromBizdate: number; toBizdate: number },
): Promise<Map<number, number>> {
  const rows = await db.prisma.$queryRaw<{ bizdate: unknown; count: unknown }[]>`
    SELECT "bizdate", COUNT(*) AS "count" FROM "instance"
    WHERE "projectId" = ${query.projectId} AND "bizdate" >= ${BigInt(query.fromBizdate)} AND "bizdate" <= ${BigInt(query.toBizdate)}
      AND "dagType" = 'DAILY'
    GROUP BY "bizdate"`;
  return new Map(rows.map((row) => [toNumberValue(row.bizdate), toNumberValue(row.count)]));
}
