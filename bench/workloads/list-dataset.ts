import { addDays, bizdateEpoch, currentBizdate } from "../../engine/src/schedule/calendar";
import { allocateIds } from "../../engine/src/store/ids";
import type { BenchDatabase } from "../harness/databases";
import type { Row } from "../harness/raw-sql";
import { BENCH_TIMEZONE } from "./seed-workspace";

/** Sizes of the list dataset; the full one is the 3,000,000 rows with 1,000,000 on one day. */
export type ListDatasetShape = { nodeCount: number; cyclesToday: number; olderDays: number };
export const FULL_LIST_DATASET: ListDatasetShape = { nodeCount: 100_000, cyclesToday: 10, olderDays: 20 };
export const QUICK_LIST_DATASET: ListDatasetShape = { nodeCount: 2_000, cyclesToday: 10, olderDays: 20 };

export type ListDataset = {
  version: string;
  projectId: string;
  /** Today's business date (yyyy-MM-dd) and its epoch, with `cyclesToday` instances per node. */
  today: { bizdate: string; epoch: number };
  /** An older business date in the middle of the history, one instance per node. */
  older: { bizdate: string; epoch: number };
  instanceCount: number;
  rowsToday: number;
};

const DATASET_VERSION = "list-v2";
const DATASET_META_KEY = "bench:list-dataset";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A parameter, not a literal: the raw helper turns every `?` of the SQL text into a placeholder. */
const EVERY_TWO_HOURS_UNTIL_18 = "00 00 00-18/2 * * ?";

/** The dataset recorded in a database by an earlier run (kept with --keep), if it has this shape. */
export async function readListDataset(database: BenchDatabase, shape: ListDatasetShape): Promise<ListDataset | undefined> {
  const rows = await database.raw.query<{ value: string }>(`SELECT "value" FROM "engine_meta" WHERE "key" = ?`, [DATASET_META_KEY]);
  if (!rows[0]) return undefined;
  const dataset = JSON.parse(rows[0].value) as ListDataset;
  const expected = shape.nodeCount * (shape.cyclesToday + shape.olderDays);
  return dataset.version === DATASET_VERSION && dataset.instanceCount === expected ? dataset : undefined;
}

/**
 * Loads the list dataset with set-based SQL (PostgreSQL only): one project of `nodeCount` SHELL
 * nodes, one DAILY DAG per business date, `olderDays` days of history with one instance per node
 * (mostly SUCCESS), and today with `cyclesToday` instances per node (a deploy made every node run
 * every 2 hours) in a mix of states as at 10:00. Older days have the smaller IDs, as in real data:
 * that is what makes an `ORDER BY id DESC` listing of an older day scan the whole of today.
 * The instance table's secondary indexes are dropped for the load and rebuilt from their own
 * definitions afterwards, then everything is ANALYZEd. The older days are vacuumed before today is
 * loaded, as autovacuum would have done.
 */
export async function loadListDataset(database: BenchDatabase, shape: ListDatasetShape, log: (line: string) => void): Promise<ListDataset> {
  if (database.store !== "postgresql") throw new Error("the list dataset is loaded with PostgreSQL's generate_series");
  const prisma = database.engine.prisma;
  const now = Date.now();
  const todayBizdate = currentBizdate(now, BENCH_TIMEZONE);
  const projectId = await allocateIds(prisma, "project", 1);
  const resourceGroupId = await allocateIds(prisma, "resourceGroup", 1);
  const firstNodeId = await allocateIds(prisma, "node", shape.nodeCount);
  const firstDagId = await allocateIds(prisma, "dag", shape.olderDays + 1);
  const instanceCount = shape.nodeCount * (shape.cyclesToday + shape.olderDays);
  const firstInstanceId = await allocateIds(prisma, "instance", instanceCount);
  const raw = database.raw;

  await raw.execute(`INSERT INTO "project" ("id", "identifier", "name", "timezone", "ownerId", "createdAt", "modifiedAt") VALUES (?, 'bench_list', 'bench_list', ?, 'bench', ?, ?)`,
    [projectId, BENCH_TIMEZONE, now, now]);
  await raw.execute(`INSERT INTO "resource_group" ("id", "projectId", "identifier", "name", "slots", "isDefault", "createdAt", "modifiedAt") VALUES (?, ?, 'bench_list_default', 'bench_list_default', 8, true, ?, ?)`,
    [resourceGroupId, projectId, now, now]);
  await raw.execute(
    `INSERT INTO "node" ("id", "projectId", "name", "programType", "fileType", "command", "cronExpress", "cycleType", "ownerId", "priority", "resourceGroupId", "createdAt", "modifiedAt")
     SELECT ?::bigint + g, ?::bigint, 'node_' || lpad(g::text, 6, '0'), 'SHELL', 6, 'true', ?, 'HOUR',
            'owner_' || (g % 300), (ARRAY[1, 3, 5, 7, 8])[1 + g % 5], ?::bigint, ?::bigint, ?::bigint
     FROM generate_series(0, ? - 1) AS g`,
    [firstNodeId, projectId, EVERY_TWO_HOURS_UNTIL_18, resourceGroupId, now - 30 * DAY, now - DAY, shape.nodeCount]);

  const days = Array.from({ length: shape.olderDays + 1 }, (_, back) => addDays(todayBizdate, -back));
  for (const [back, bizdate] of days.entries()) {
    const epoch = bizdateEpoch(bizdate, BENCH_TIMEZONE);
    await raw.execute(
      `INSERT INTO "dag" ("id", "projectId", "type", "name", "status", "bizdate", "createUser", "createTime", "modifyTime")
       VALUES (?, ?, 'DAILY', ?, ?, ?, 'system', ?, ?)`,
      [firstDagId + BigInt(back), projectId, `daily_${bizdate.replaceAll("-", "")}`, back === 0 ? "RUNNING" : "SUCCESS", epoch, epoch + DAY - 2 * HOUR, epoch + 2 * DAY]);
  }

  const secondaryIndexes = await raw.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'instance' AND indexname <> 'instance_pkey'`);
  for (const index of secondaryIndexes) await raw.execute(`DROP INDEX "${index.indexname}"`);

  const startedAt = Date.now();
  for (let back = shape.olderDays; back >= 1; back--) {
    await insertOlderDay(database, { back, shape, firstInstanceId, firstNodeId, dagId: firstDagId + BigInt(back), projectId, resourceGroupId, epoch: bizdateEpoch(days[back]!, BENCH_TIMEZONE) });
  }
  // Autovacuum would long have visited the older days' pages (all-visible, so index-only scans skip
  // the heap there); today's rows are new and stay as written, as they would in a running engine.
  await raw.execute(`VACUUM "instance"`);
  log(`list dataset: ${shape.olderDays} older days loaded and vacuumed in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  await insertToday(database, { shape, firstInstanceId, firstNodeId, dagId: firstDagId, projectId, resourceGroupId, epoch: bizdateEpoch(todayBizdate, BENCH_TIMEZONE) });
  log(`list dataset: today loaded, ${Math.round((Date.now() - startedAt) / 1000)} s in all; building ${secondaryIndexes.length} indexes`);

  await raw.execute(`SET maintenance_work_mem = '512MB'`);
  for (const index of secondaryIndexes) await raw.execute(index.indexdef);
  await raw.execute(`ANALYZE`);
  log(`list dataset: indexes built and analysed, ${Math.round((Date.now() - startedAt) / 1000)} s in all`);

  const olderBizdate = days[Math.ceil(shape.olderDays / 2)]!;
  const dataset: ListDataset = {
    version: DATASET_VERSION,
    projectId: projectId.toString(),
    today: { bizdate: todayBizdate, epoch: bizdateEpoch(todayBizdate, BENCH_TIMEZONE) },
    older: { bizdate: olderBizdate, epoch: bizdateEpoch(olderBizdate, BENCH_TIMEZONE) },
    instanceCount,
    rowsToday: shape.nodeCount * shape.cyclesToday,
  };
  await raw.execute(`INSERT INTO "engine_meta" ("key", "value") VALUES (?, ?)`, [DATASET_META_KEY, JSON.stringify(dataset)]);
  return dataset;
}

type DayInput = {
  shape: ListDatasetShape;
  firstInstanceId: bigint;
  firstNodeId: bigint;
  dagId: bigint;
  projectId: bigint;
  resourceGroupId: bigint;
  epoch: number;
};

/**
 * One finished day: a node's instance runs at some minute of the run date; 97.5% SUCCESS,
 * 2% FAILURE, 0.5% never ran (NOT_RUN behind a failed parent). `h` is a per-row pseudo-random 0–999.
 */
async function insertOlderDay(database: BenchDatabase, input: DayInput & { back: number }): Promise<void> {
  const idBase = input.firstInstanceId + BigInt((input.shape.olderDays - input.back) * input.shape.nodeCount);
  await database.raw.execute(
    `INSERT INTO "instance" ("id", "projectId", "nodeId", "dagId", "dagType", "bizdate", "cycTime", "dueTime", "inGroupId", "status", "taskType",
       "priority", "resourceGroupId", "createUser", "createTime", "modifyTime", "beginWaitTimeTime", "beginRunningTime", "finishTime", "exitCode", "attempt")
     SELECT id, ?::bigint, node, ?::bigint, 'DAILY', ?::bigint, cyc, cyc, 1, status, 'NORMAL',
            (ARRAY[1, 3, 5, 7, 8])[1 + g % 5], ?::bigint, 'system', ?::bigint, cyc + 3600000, cyc,
            CASE WHEN status = 'NOT_RUN' THEN NULL ELSE cyc + h * 1000 END,
            CASE WHEN status = 'NOT_RUN' THEN NULL ELSE cyc + h * 1000 + 60000 + (g % 600) * 1000 END,
            CASE status WHEN 'SUCCESS' THEN 0 WHEN 'FAILURE' THEN 1 ELSE NULL END,
            CASE WHEN status = 'NOT_RUN' THEN 0 ELSE 1 END
     FROM (
       SELECT g, h, ?::bigint + g AS id, ?::bigint + g AS node, ?::bigint + 86400000 + (g % 1080) * 60000 AS cyc,
              CASE WHEN h < 975 THEN 'SUCCESS' WHEN h < 995 THEN 'FAILURE' ELSE 'NOT_RUN' END AS status
       FROM (SELECT g, (g * 7919 + ? * 104729) % 1000 AS h FROM generate_series(0, ? - 1) AS g) AS numbered
     ) AS day`,
    [input.projectId, input.dagId, input.epoch, input.resourceGroupId, input.epoch + DAY - 2 * HOUR,
      idBase, input.firstNodeId, input.epoch, input.back, input.shape.nodeCount]);
}

/**
 * Today at 10:00: cycles every 2 hours from 00:00. The five cycles before 10:00 are mostly done,
 * the 10:00 one is running or waiting, the later ones wait for their time or their parents.
 * IDs follow the plan order (a node's cycles together), so ID order is not cycle-time order.
 */
async function insertToday(database: BenchDatabase, input: DayInput): Promise<void> {
  const idBase = input.firstInstanceId + BigInt(input.shape.olderDays * input.shape.nodeCount);
  await database.raw.execute(
    `INSERT INTO "instance" ("id", "projectId", "nodeId", "dagId", "dagType", "bizdate", "cycTime", "dueTime", "inGroupId", "status", "taskType",
       "priority", "resourceGroupId", "createUser", "createTime", "modifyTime", "beginWaitTimeTime", "beginWaitResTime", "beginRunningTime", "finishTime", "exitCode", "attempt", "pendingParents")
     SELECT id, ?::bigint, node, ?::bigint, 'DAILY', ?::bigint, cyc, cyc, cycle + 1, status, 'NORMAL',
            (ARRAY[1, 3, 5, 7, 8])[1 + n % 5], ?::bigint, 'system', ?::bigint, cyc + 60000,
            CASE WHEN status = 'NOT_RUN' THEN NULL ELSE cyc END,
            CASE WHEN status IN ('WAIT_RESOURCE', 'RUNNING', 'SUCCESS', 'FAILURE') THEN cyc + 500 ELSE NULL END,
            CASE WHEN status IN ('RUNNING', 'SUCCESS', 'FAILURE') THEN cyc + h * 1000 ELSE NULL END,
            CASE WHEN status IN ('SUCCESS', 'FAILURE') THEN cyc + h * 1000 + 60000 + (n % 600) * 1000 ELSE NULL END,
            CASE status WHEN 'SUCCESS' THEN 0 WHEN 'FAILURE' THEN 1 ELSE NULL END,
            CASE WHEN status IN ('RUNNING', 'SUCCESS', 'FAILURE') THEN 1 ELSE 0 END,
            CASE WHEN status = 'NOT_RUN' THEN 1 ELSE 0 END
     FROM (
       SELECT n, cycle, h, ?::bigint + n * ? + cycle AS id, ?::bigint + n AS node, ?::bigint + 86400000 + cycle * 7200000 AS cyc,
              CASE
                WHEN cycle < 5 THEN CASE WHEN h < 930 THEN 'SUCCESS' WHEN h < 960 THEN 'FAILURE' WHEN h < 970 THEN 'RUNNING' WHEN h < 980 THEN 'WAIT_RESOURCE' ELSE 'NOT_RUN' END
                WHEN cycle = 5 THEN CASE WHEN h < 100 THEN 'SUCCESS' WHEN h < 200 THEN 'RUNNING' WHEN h < 400 THEN 'WAIT_RESOURCE' WHEN h < 700 THEN 'WAIT_TIME' ELSE 'NOT_RUN' END
                ELSE CASE WHEN h < 300 THEN 'WAIT_TIME' ELSE 'NOT_RUN' END
              END AS status
       FROM (
         SELECT n, cycle, (n * 7919 + cycle * 104729) % 1000 AS h
         FROM generate_series(0, ? - 1) AS n CROSS JOIN generate_series(0, ? - 1) AS cycle
       ) AS numbered
     ) AS day`,
    [input.projectId, input.dagId, input.epoch, input.resourceGroupId, input.epoch + DAY - 2 * HOUR,
      idBase, input.shape.cyclesToday, input.firstNodeId, input.epoch, input.shape.nodeCount, input.shape.cyclesToday]);
}

/** Rows per status of a day, to tell the reader how selective each listed filter is. */
export async function countByStatus(database: BenchDatabase, projectId: string, epoch: number): Promise<Map<string, number>> {
  const rows = await database.raw.query<Row>(
    `SELECT "status", COUNT(*) AS "count" FROM "instance" WHERE "projectId" = ? AND "bizdate" = ? GROUP BY "status"`, [projectId, epoch]);
  return new Map(rows.map((row) => [String(row.status), Number(row.count)]));
}
