import type { DagType, InstanceStatus } from "../../../model/status";
import { allOf, join, sql, type Sql } from "../common/sql";

/** What ListInstances can filter on once node attributes have been resolved to node IDs. */
export type InstanceFilter = {
  projectId: bigint;
  /** Business dates as the epoch ms of their local midnight, both ends inclusive. */
  bizdateRange?: { from: number; to: number };
  statuses?: readonly InstanceStatus[];
  nodeIds?: readonly bigint[];
  dagId?: bigint;
  dagType?: DagType;
  baselineId?: bigint;
  isSuspended?: boolean;
};

/**
 * The list order: business date, cycle time, ID, all descending. Within one business date this is
 * `(cycTime DESC, id DESC)`, which the `(projectId, bizdate[, status], cycTime, id)` indexes serve.
 */
export type InstancePosition = { bizdate: number; cycTime: number; id: bigint };

export function isSingleBizdate(filter: InstanceFilter): boolean {
  return filter.bizdateRange !== undefined && filter.bizdateRange.from === filter.bizdateRange.to;
}

/**
 * The WHERE clause. `status` overrides the filter's statuses (one branch of a multi-status union).
 * BIGINT columns are compared with bigint parameters: a double parameter would make PostgreSQL
 * compare as double and skip the index.
 */
export function instanceCondition(filter: InstanceFilter, options: { status?: InstanceStatus; after?: InstancePosition } = {}): Sql {
  const conditions: Sql[] = [sql`"projectId" = ${filter.projectId}`];
  const range = filter.bizdateRange;
  if (range !== undefined && range.from === range.to) conditions.push(sql`"bizdate" = ${BigInt(range.from)}`);
  else if (range !== undefined) conditions.push(sql`"bizdate" >= ${BigInt(range.from)} AND "bizdate" <= ${BigInt(range.to)}`);
  const statuses = options.status !== undefined ? [options.status] : filter.statuses;
  if (statuses !== undefined && statuses.length === 1) conditions.push(sql`"status" = ${statuses[0]}`);
  else if (statuses !== undefined) conditions.push(sql`"status" IN (${join([...statuses])})`);
  if (filter.nodeIds !== undefined) conditions.push(sql`"nodeId" IN (${join([...filter.nodeIds])})`);
  if (filter.dagId !== undefined) conditions.push(sql`"dagId" = ${filter.dagId}`);
  if (filter.dagType !== undefined) conditions.push(sql`"dagType" = ${filter.dagType}`);
  if (filter.baselineId !== undefined) conditions.push(sql`"baselineId" = ${filter.baselineId}`);
  if (filter.isSuspended !== undefined) conditions.push(sql`"isSuspended" = ${filter.isSuspended}`);
  if (options.after !== undefined) conditions.push(keysetCondition(filter, options.after));
  return allOf(conditions);
}

/**
 * Rows after `after` in list order, as a row-value comparison on consecutive index columns so that
 * both databases seek in the index instead of filtering: `(cycTime, id)` within one business date,
 * `(bizdate, cycTime, id)` across several.
 */
function keysetCondition(filter: InstanceFilter, after: InstancePosition): Sql {
  if (isSingleBizdate(filter)) return sql`("cycTime", "id") < (${BigInt(after.cycTime)}, ${after.id})`;
  return sql`("bizdate", "cycTime", "id") < (${BigInt(after.bizdate)}, ${BigInt(after.cycTime)}, ${after.id})`;
}

export const INSTANCE_LIST_ORDER = sql`ORDER BY "bizdate" DESC, "cycTime" DESC, "id" DESC`;
