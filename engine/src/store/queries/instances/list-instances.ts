import type { Instance } from "../../../model/entities";
import type { Database } from "../../database";
import { toInstanceEntity } from "../common/entities";
import { toNumberValue } from "../common/raw-values";
import { join, sql, type Sql } from "../common/sql";
import { INSTANCE_LIST_ORDER, instanceCondition, isSingleBizdate, type InstanceFilter, type InstancePosition } from "./instance-filter";

export type InstancePageRequest = {
  limit: number;
  /** Rows to skip (PageNumber paging); keep it small, use `after` for deep pages. */
  offset?: number;
  /** Keyset: only rows after this position in list order (cursor paging). */
  after?: InstancePosition;
};

/**
 * One page of instances in list order (see InstancePosition). Several statuses within one business
 * date are read as one ordered index range per status, merged: an `IN` over the middle index column
 * would make PostgreSQL sort every match of the day.
 */
export async function listInstancePage(db: Database, filter: InstanceFilter, page: InstancePageRequest): Promise<Instance[]> {
  if (filter.nodeIds?.length === 0 || filter.statuses?.length === 0) return [];
  const offset = page.offset ?? 0;
  const statuses = filter.statuses ?? [];
  let query: Sql;
  if (statuses.length > 1 && isSingleBizdate(filter)) {
    const branches = statuses.map(
      (status) => sql`SELECT * FROM (
        SELECT * FROM "instance" WHERE ${instanceCondition(filter, { status, after: page.after })}
        ${INSTANCE_LIST_ORDER} LIMIT ${offset + page.limit}) AS "branch"`,
    );
    query = sql`SELECT * FROM (${join(branches, " UNION ALL ")}) AS "merged" ${INSTANCE_LIST_ORDER} LIMIT ${page.limit} OFFSET ${offset}`;
  } else {
    query = sql`SELECT * FROM "instance" WHERE ${instanceCondition(filter, { after: page.after })}
      ${INSTANCE_LIST_ORDER} LIMIT ${page.limit} OFFSET ${offset}`;
  }
  const rows = await db.prisma.$queryRaw<Record<string, unknown>[]>(query);
  return rows.map(toInstanceEntity);
}

/**
 * How many instances match, counting no further than `cap`: an exact count over a million-row day
 * costs ~200 ms on PostgreSQL, a capped one reads at most `cap` index entries.
 */
export async function countInstancesUpTo(db: Database, filter: InstanceFilter, cap: number): Promise<{ count: number; isCapped: boolean }> {
  if (filter.nodeIds?.length === 0 || filter.statuses?.length === 0) return { count: 0, isCapped: false };
  const rows = await db.prisma.$queryRaw<{ count: unknown }[]>`
    SELECT COUNT(*) AS "count" FROM (
      SELECT 1 AS "one" FROM "instance" WHERE ${instanceCondition(filter)} LIMIT ${cap + 1}) AS "capped"`;
  const count = toNumberValue(rows[0]?.count ?? 0);
  return count > cap ? { count: cap, isCapped: true } : { count, isCapped: false };
}
