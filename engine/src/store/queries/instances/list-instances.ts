import type { Instance, Node } from "../../../model/entities";
import type { Database } from "../../database";
import { toDagType, toInstanceStatus, toTaskType } from "../common/entities";
import {
  toBigIntValue,
  toBooleanValue,
  toNullableBigIntValue,
  toNullableNumberValue,
  toNullableStringValue,
  toNumberValue,
  toStringValue,
} from "../common/raw-values";
import { join, sql, type Sql } from "../common/sql";
import { INSTANCE_LIST_ORDER, instanceCondition, isSingleBizdate, type InstanceFilter, type InstancePosition } from "./instance-filter";

export type InstancePageRequest = {
  limit: number;
  /** Rows to skip (PageNumber paging); keep it small, use `after` for deep pages. */
  offset?: number;
  /** Keyset: only rows after this position in list order (cursor paging). */
  after?: InstancePosition;
};

/** The instance columns a list answer shows (not the scheduler's bookkeeping). */
export type InstanceListRow = Pick<
  Instance,
  | "id"
  | "projectId"
  | "nodeId"
  | "dagId"
  | "dagType"
  | "bizdate"
  | "cycTime"
  | "status"
  | "taskType"
  | "priority"
  | "paramValues"
  | "isSuspended"
  | "rerunsLeft"
  | "errorMessage"
  | "createUser"
  | "baselineId"
  | "createTime"
  | "modifyTime"
  | "beginWaitTimeTime"
  | "beginWaitResTime"
  | "beginRunningTime"
  | "finishTime"
> & {
  /** The node facts the answer shows, read in the same statement; null if the node row is gone. */
  node: Pick<Node, "name" | "connection" | "rerunMode" | "autoRerunIntervalMs"> | null;
};

const LIST_COLUMNS = sql`"id", "projectId", "nodeId", "dagId", "dagType", "bizdate", "cycTime", "status", "taskType", "priority",
  "paramValues", "isSuspended", "rerunsLeft", "errorMessage", "createUser", "baselineId", "createTime", "modifyTime",
  "beginWaitTimeTime", "beginWaitResTime", "beginRunningTime", "finishTime"`;

// The list reads go through the driver (db.readRows): Prisma's own path tripled their CPU cost (docs/BENCHMARKS.md).

/**
 * One page of instances in list order (see InstancePosition), with their nodes' names joined in.
 * Several statuses within one business date are read as one ordered index range per status,
 * merged: an `IN` over the middle index column would make PostgreSQL sort every match of the day.
 */
export async function listInstancePage(db: Database, filter: InstanceFilter, page: InstancePageRequest): Promise<InstanceListRow[]> {
  if (filter.nodeIds?.length === 0 || filter.statuses?.length === 0) return [];
  const rows = await db.readRows(sql`
    SELECT "page".*, ${NODE_FACT_COLUMNS}
    FROM (${pageQueryOf(filter, page)}) AS "page" LEFT JOIN "node" ON "node"."id" = "page"."nodeId"
    ${PAGE_ORDER}`);
  return rows.map(toInstanceListRow);
}

export type CountedInstancePage = { rows: InstanceListRow[]; total: { count: number; isCapped: boolean } };

/**
 * A page and the capped count of every match (see countInstancesUpTo) in one statement: one round
 * trip instead of two, which matters more than the count's few index entries.
 */
export async function listInstancePageWithCount(
  db: Database,
  filter: InstanceFilter,
  page: InstancePageRequest,
  countLimit: number,
): Promise<CountedInstancePage> {
  if (filter.nodeIds?.length === 0 || filter.statuses?.length === 0) return { rows: [], total: { count: 0, isCapped: false } };
  const rows = await db.readRows(sql`
    SELECT "counted"."totalUpTo", "page".*, ${NODE_FACT_COLUMNS}
    FROM (${cappedCountQueryOf(filter, countLimit)}) AS "counted"
    LEFT JOIN (${pageQueryOf(filter, page)}) AS "page" ON 1 = 1
    LEFT JOIN "node" ON "node"."id" = "page"."nodeId"
    ${PAGE_ORDER}`);
  const count = toNumberValue(rows[0]?.totalUpTo ?? 0);
  return {
    rows: rows.filter((row) => row.id !== null && row.id !== undefined).map(toInstanceListRow),
    total: count > countLimit ? { count: countLimit, isCapped: true } : { count, isCapped: false },
  };
}

const NODE_FACT_COLUMNS = sql`"node"."name" AS "nodeName", "node"."connection" AS "nodeConnection",
  "node"."rerunMode" AS "nodeRerunMode", "node"."autoRerunIntervalMs" AS "nodeAutoRerunIntervalMs"`;

const PAGE_ORDER = sql`ORDER BY "page"."bizdate" DESC, "page"."cycTime" DESC, "page"."id" DESC`;

function pageQueryOf(filter: InstanceFilter, page: InstancePageRequest): Sql {
  const offset = page.offset ?? 0;
  const statuses = filter.statuses ?? [];
  if (statuses.length > 1 && isSingleBizdate(filter)) {
    const branches = statuses.map(
      (status) => sql`SELECT * FROM (
        SELECT ${LIST_COLUMNS} FROM "instance" WHERE ${instanceCondition(filter, { status, after: page.after })}
        ${INSTANCE_LIST_ORDER} LIMIT ${offset + page.limit}) AS "branch"`,
    );
    return sql`SELECT * FROM (${join(branches, " UNION ALL ")}) AS "merged" ${INSTANCE_LIST_ORDER} LIMIT ${page.limit} OFFSET ${offset}`;
  }
  return sql`SELECT ${LIST_COLUMNS} FROM "instance" WHERE ${instanceCondition(filter, { after: page.after })}
    ${INSTANCE_LIST_ORDER} LIMIT ${page.limit} OFFSET ${offset}`;
}

/** Counts matches, reading at most `limit + 1` of them (one more tells that the limit was passed). */
function cappedCountQueryOf(filter: InstanceFilter, limit: number): Sql {
  return sql`SELECT COUNT(*) AS "totalUpTo" FROM (
    SELECT 1 AS "one" FROM "instance" WHERE ${instanceCondition(filter)} LIMIT ${limit + 1}) AS "capped"`;
}

function toInstanceListRow(row: Record<string, unknown>): InstanceListRow {
  const nodeName = toNullableStringValue(row.nodeName);
  return {
    id: toBigIntValue(row.id),
    projectId: toBigIntValue(row.projectId),
    nodeId: toBigIntValue(row.nodeId),
    dagId: toBigIntValue(row.dagId),
    dagType: toDagType(row.dagType),
    bizdate: toNumberValue(row.bizdate),
    cycTime: toNumberValue(row.cycTime),
    status: toInstanceStatus(row.status),
    taskType: toTaskType(row.taskType),
    priority: toNumberValue(row.priority) as Instance["priority"],
    paramValues: toStringValue(row.paramValues),
    isSuspended: toBooleanValue(row.isSuspended),
    rerunsLeft: toNullableNumberValue(row.rerunsLeft),
    errorMessage: toStringValue(row.errorMessage),
    createUser: toStringValue(row.createUser),
    baselineId: toNullableBigIntValue(row.baselineId),
    createTime: toNumberValue(row.createTime),
    modifyTime: toNumberValue(row.modifyTime),
    beginWaitTimeTime: toNullableNumberValue(row.beginWaitTimeTime),
    beginWaitResTime: toNullableNumberValue(row.beginWaitResTime),
    beginRunningTime: toNullableNumberValue(row.beginRunningTime),
    finishTime: toNullableNumberValue(row.finishTime),
    node:
      nodeName === null
        ? null
        : {
            name: nodeName,
            connection: toStringValue(row.nodeConnection),
            rerunMode: toStringValue(row.nodeRerunMode) as Node["rerunMode"],
            autoRerunIntervalMs: toNumberValue(row.nodeAutoRerunIntervalMs),
          },
  };
}

/**
 * How many instances match, counting no further than `limit`. Every counted row costs an index
 * entry and (on rows not yet all-visible, e.g. today's) a heap page, so callers keep `limit` small.
 */
export async function countInstancesUpTo(db: Database, filter: InstanceFilter, limit: number): Promise<{ count: number; isCapped: boolean }> {
  if (filter.nodeIds?.length === 0 || filter.statuses?.length === 0) return { count: 0, isCapped: false };
  const rows = await db.readRows(cappedCountQueryOf(filter, limit));
  const count = toNumberValue(rows[0]?.totalUpTo ?? 0);
  return count > limit ? { count: limit, isCapped: true } : { count, isCapped: false };
}
