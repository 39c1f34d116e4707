import type { InstanceStatus } from "../../engine/src/model/status";
import type { InstanceFilter, InstancePosition } from "../../engine/src/store/queries/instances/instance-filter";
import { listInstancePage, listInstancePageWithCount } from "../../engine/src/store/queries/instances/list-instances";
import { totalCountLimit } from "../../engine/src/rpc/actions/instances/list-instances";
import type { Benchmark, BenchContext, BenchmarkOutcome } from "../harness/benchmark";
import { connectBenchPostgres, createBenchDatabase, findBenchPostgresDatabase, type BenchDatabase } from "../harness/databases";
import { describeStatement, explainAnalyze } from "../harness/explain";
import { errorFigure, ratioOf, skippedFigure, verdictOf, type Figure, type Measurement } from "../harness/figures";
import { formatCount, formatNumber } from "../harness/format";
import type { Row } from "../harness/raw-sql";
import { startRpcEndpoint, type RpcEndpoint } from "../harness/rpc-client";
import { captureStatements, type CapturedStatement } from "../harness/statement-capture";
import { loadAverage, measureConcurrentLatency, measureLatency, type ConcurrentResult, type RepeatOptions, type TimedSummary } from "../harness/timing";
import {
  countByStatus, FULL_LIST_DATASET, loadListDataset, QUICK_LIST_DATASET, readListDataset, type ListDataset, type ListDatasetShape,
} from "../workloads/list-dataset";

const PAGE_SIZE = 100;
const ONE_CLIENT_GOAL_MS = 10;
const EIGHT_CLIENTS_GOAL_MS = 30;
const DEEP_PAGE_GOAL_RATIO = 2;
const PRISMA_GOAL_RATIO = 2;
const CLIENTS = 8;
/** How deep the "deep page" is: half the matching rows, at most this many rows in. */
const MAX_DEEP_ROWS = 100_000;

export const listInstancesBenchmark: Benchmark = {
  name: "list-instances",
  title: "ListInstances on 3,000,000 instances (PostgreSQL)",
  goal:
    `With 3,000,000 instances (1,000,000 on one bizdate), ListInstances filtered by project + bizdate + status answers with p95 ≤ ${ONE_CLIENT_GOAL_MS} ms for one client ` +
    `and ≤ ${EIGHT_CLIENTS_GOAL_MS} ms for ${CLIENTS} concurrent clients, for today and for an older day; a page deep in the list (extension Cursor) at most ${DEEP_PAGE_GOAL_RATIO}× the first page. ` +
    `Prisma's list page at most ${PRISMA_GOAL_RATIO}× the raw driver's p95.`,
  method:
    "The dataset is loaded with `INSERT … SELECT generate_series` (secondary indexes dropped for the load and rebuilt from their own definitions; the older days vacuumed before today is loaded, as autovacuum would have; then `ANALYZE`): 100,000 nodes, one DAILY DAG per day, " +
    "20 older days of 100,000 instances (97.5% SUCCESS, 2% FAILURE, 0.5% NOT_RUN), and today's 1,000,000 (10 cycles per node, a mix as at 10:00). Older days have the smaller IDs. " +
    "Pages hold 100 rows (the engine asks for 101 to know whether there is a next page). " +
    "*Query function* = what the ListInstances action calls, here in this process through Prisma (pool of 10): for a first page `listInstancePageWithCount()` (the page, its nodes and a TotalCount capped at `totalCountLimit(0, 100)`, in one statement), " +
    "for a Cursor page `listInstancePage()` with `after`. *RPC* = a signed `ListInstances` GET over a keep-alive loopback connection to the engine's RPC server " +
    "(`createRpcGateway` + `createRpcServer` with `ALL_ACTIONS`, throttling off) running in its own process; its CPU per request is read from /proc. " +
    "*Reference* = the raw `pg` driver (pool of 8) sending the very SQL text and values that the query function sent (captured at the driver). " +
    "The deep page starts after the row half-way through the matching rows (at most 100,000 rows in): the query function gets that row's position as `after`, the RPC client follows `NextCursor` page by page to get there. " +
    "Each latency: warm-up, then sequential calls (1 client) or 8 loops at once (8 clients); p95 reported.",
  run: async (context) => {
    if (!context.stores.includes("postgresql")) {
      return { figures: [skippedFigure("list-instances", "postgresql", "ListInstances", "PostgreSQL not selected or not reachable", loadAverage())], notes: [] };
    }
    const shape = context.args.isQuick ? QUICK_LIST_DATASET : FULL_LIST_DATASET;
    const { database, dataset } = await openDataset(context, shape);
    try {
      return await measureDataset(context, database, dataset);
    } finally {
      if (context.args.keepDatabases) context.log(`list dataset kept in ${database.name} (reused by the next run with --keep)`);
      else await database.drop();
    }
  },
};

async function openDataset(context: BenchContext, shape: ListDatasetShape): Promise<{ database: BenchDatabase; dataset: ListDataset }> {
  const label = shape === FULL_LIST_DATASET ? "list3m" : "listquick";
  if (context.args.keepDatabases) {
    const existing = await findBenchPostgresDatabase(`${label}_`);
    if (existing) {
      const database = await connectBenchPostgres(existing);
      const dataset = await readListDataset(database, shape);
      if (dataset) {
        context.log(`reusing the list dataset kept in ${existing}`);
        return { database, dataset };
      }
      await database.drop();
    }
  }
  const database = await createBenchDatabase("postgresql", label);
  try {
    const dataset = await loadListDataset(database, shape, context.log);
    return { database, dataset };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

type ListCase = { label: string; bizdate: string; epoch: number; status: InstanceStatus; matching: number };

async function measureDataset(context: BenchContext, database: BenchDatabase, dataset: ListDataset): Promise<BenchmarkOutcome> {
  const todayCounts = await countByStatus(database, dataset.projectId, dataset.today.epoch);
  const olderCounts = await countByStatus(database, dataset.projectId, dataset.older.epoch);
  const listCase = (label: string, day: ListDataset["today"], counts: Map<string, number>, status: InstanceStatus): ListCase =>
    ({ label, bizdate: day.bizdate, epoch: day.epoch, status, matching: counts.get(status) ?? 0 });
  const cases = [
    listCase("today", dataset.today, todayCounts, "NOT_RUN"),
    listCase("today", dataset.today, todayCounts, "FAILURE"),
    listCase("older day", dataset.older, olderCounts, "SUCCESS"),
    listCase("older day", dataset.older, olderCounts, "FAILURE"),
  ];
  const repeat: RepeatOptions = context.args.isQuick ? { warmup: 3, iterations: 20 } : { warmup: 30, iterations: 300 };
  const concurrent = { clients: CLIENTS, ...(context.args.isQuick ? { warmup: 1, iterations: 5 } : { warmup: 5, iterations: 60 }) };

  const figures: Figure[] = [];
  const notes = [
    `Dataset: ${formatCount(dataset.instanceCount)} instances; today (${dataset.today.bizdate}) ${formatCount(dataset.rowsToday)} rows: ` +
      [...todayCounts].map(([status, count]) => `${status} ${formatCount(count)}`).join(", ") +
      `; older day (${dataset.older.bizdate}): ` + [...olderCounts].map(([status, count]) => `${status} ${formatCount(count)}`).join(", ") + ".",
  ];
  const endpoint = await startRpcEndpoint(database.url, CLIENTS);
  try {
    for (const listCase of cases) {
      context.log(`list-instances: ${listCase.label} ${listCase.status} (${formatCount(listCase.matching)} rows)`);
      try {
        const measured = await measureCase(database, endpoint, dataset, listCase, repeat, concurrent);
        figures.push(...measured.figures);
        notes.push(...measured.notes);
      } catch (error) {
        figures.push(errorFigure("list-instances", "postgresql", `${listCase.label}, status ${listCase.status}`, error, loadAverage()));
      }
    }
  } finally {
    await endpoint.stop();
  }
  return { figures, notes };
}

type CaseOutcome = { figures: Figure[]; notes: string[] };

async function measureCase(
  database: BenchDatabase,
  endpoint: RpcEndpoint,
  dataset: ListDataset,
  listCase: ListCase,
  repeat: RepeatOptions,
  concurrent: RepeatOptions & { clients: number },
): Promise<CaseOutcome> {
  const filter: InstanceFilter = {
    projectId: BigInt(dataset.projectId),
    bizdateRange: { from: listCase.epoch, to: listCase.epoch },
    statuses: [listCase.status],
  };
  const rpcParams = { ProjectId: dataset.projectId, Bizdate: `${listCase.bizdate} 00:00:00`, Status: listCase.status, PageSize: String(PAGE_SIZE) };
  const engine = database.engine;
  const raw = database.raw;
  const name = `${listCase.label} (${listCase.bizdate}), status ${listCase.status}, ${formatCount(listCase.matching)} rows`;

  // What ListInstances runs for a first page: the page and its capped TotalCount in one statement.
  const firstPage = () => listInstancePageWithCount(engine, filter, { limit: PAGE_SIZE + 1, offset: 0 }, totalCountLimit(0, PAGE_SIZE));
  const firstSql = await onlyStatement(() => firstPage());
  // A whole number of pages, so the query function and the Cursor walk start after the same row.
  const deepRows = PAGE_SIZE * Math.floor(Math.min(MAX_DEEP_ROWS, listCase.matching / 2) / PAGE_SIZE);
  const after = await positionAt(database, filter, deepRows);
  const deepPage = () => listInstancePage(engine, filter, { limit: PAGE_SIZE + 1, after });
  // The plans the measurements below will see (taken before them, after one warm call each).
  const plans = [
    `-- first page (page + capped count): ${describeStatement(firstSql)}`,
    ...(await explainAnalyze(raw, firstSql, 16)),
  ];

  const functionFirst = await measureLatency(firstPage, repeat);
  const rawFirst = await measureLatency(() => raw.replay(firstSql.sql, firstSql.values), repeat);
  const functionFirst8 = await measureConcurrentLatency(firstPage, concurrent);
  const rawFirst8 = await measureConcurrentLatency(() => raw.replay(firstSql.sql, firstSql.values), concurrent);
  const rpcFirst = await withServerCpu(endpoint, repeat, () => measureLatency(() => endpoint.call("ListInstances", rpcParams), repeat));
  const rpcFirst8 = await withServerCpu(endpoint, concurrent, () => measureConcurrentLatency(() => endpoint.call("ListInstances", rpcParams), concurrent));

  const deep = after === undefined ? undefined : await (async () => {
    const deepSql = await onlyStatement(() => deepPage());
    const cursor = await walkToCursor(endpoint, rpcParams, deepRows / PAGE_SIZE);
    const deepPlans = [`-- deep page (page only; Cursor pages do not count): ${describeStatement(deepSql)}`, ...(await explainAnalyze(raw, deepSql, 16))];
    return {
      plans: deepPlans,
      function: await measureLatency(deepPage, repeat),
      raw: await measureLatency(() => raw.replay(deepSql.sql, deepSql.values), repeat),
      rpc: await withServerCpu(endpoint, repeat, () => measureLatency(() => endpoint.call("ListInstances", { ...rpcParams, Cursor: cursor }), repeat)),
    };
  })();


  const isQuick = repeat.iterations < 100;
  const rawReference = (summary: Timed, subject: string) => ({ ...latency(summary), subject });
  const figure = (subject: string, measured: Timed, reference: Measurement & { subject: string }, goal: { text: string; isMet: boolean } | undefined, meaning: string): Figure => ({
    benchmark: "list-instances",
    store: "postgresql",
    subject: `${subject} — ${name}`,
    measured: latency(measured),
    reference,
    ratio: ratioOf(measured.p95, reference.value, meaning),
    ...(goal ? { goal: verdictOf(goal, isQuick) } : {}),
    load: loadAverage(),
  });
  const within = (summary: Timed, limit: number) => ({ text: `p95 ≤ ${limit} ms`, isMet: summary.p95 <= limit });

  const figures: Figure[] = [
    figure("query function, first page, 1 client", functionFirst, rawReference(rawFirst, "raw pg, same SQL, 1 client"), within(functionFirst, ONE_CLIENT_GOAL_MS), "function ÷ raw"),
    figure(`query function, first page, ${CLIENTS} clients`, functionFirst8.latency, rawReference(rawFirst8.latency, `raw pg, same SQL, ${CLIENTS} clients`), within(functionFirst8.latency, EIGHT_CLIENTS_GOAL_MS), "function ÷ raw"),
    figure("RPC round trip, first page, 1 client", rpcFirst, rawReference(rawFirst, "raw pg, page SQL, 1 client"), within(rpcFirst, ONE_CLIENT_GOAL_MS), "RPC ÷ raw"),
    figure(`RPC round trip, first page, ${CLIENTS} clients`, rpcFirst8.latency, rawReference(rawFirst8.latency, `raw pg, page SQL, ${CLIENTS} clients`), within(rpcFirst8.latency, EIGHT_CLIENTS_GOAL_MS), "RPC ÷ raw"),
    ...(deep ? [
      figure(`query function, deep page (after row ${formatCount(deepRows)}), 1 client`, deep.function, rawReference(functionFirst, "query function, first page"),
        { text: `≤ ${DEEP_PAGE_GOAL_RATIO}× first page`, isMet: deep.function.p95 <= DEEP_PAGE_GOAL_RATIO * functionFirst.p95 }, "deep ÷ first"),
      figure(`RPC round trip, deep page via Cursor (after row ${formatCount(deepRows)}), 1 client`, deep.rpc, rawReference(rpcFirst, "RPC round trip, first page"),
        { text: `≤ ${DEEP_PAGE_GOAL_RATIO}× first page`, isMet: deep.rpc.p95 <= DEEP_PAGE_GOAL_RATIO * rpcFirst.p95 }, "deep ÷ first"),
    ] : []),
    figure("Prisma vs raw: list page (first page, 1 client)", functionFirst, rawReference(rawFirst, "raw pg, same SQL"),
      { text: `≤ ${PRISMA_GOAL_RATIO}× raw p95`, isMet: functionFirst.p95 <= PRISMA_GOAL_RATIO * rawFirst.p95 }, "Prisma ÷ raw"),
    ...(deep ? [
      figure("Prisma vs raw: list page (deep page, 1 client)", deep.function, rawReference(deep.raw, "raw pg, same SQL"),
        { text: `≤ ${PRISMA_GOAL_RATIO}× raw p95`, isMet: deep.function.p95 <= PRISMA_GOAL_RATIO * deep.raw.p95 }, "Prisma ÷ raw"),
    ] : []),
  ];
  const notes = [
    "",
    `**${name}**: throughput at ${CLIENTS} clients — query function ${formatCount(functionFirst8.requestsPerSecond)}/s, raw ${formatCount(rawFirst8.requestsPerSecond)}/s, RPC ${formatCount(rpcFirst8.requestsPerSecond)}/s.`,
    "",
    "```",
    ...plans,
    ...(deep ? deep.plans : [`-- no deep page: fewer than ${2 * PAGE_SIZE} rows match`]),
    "```",
  ];
  return { figures, notes };
}

/** A latency summary, with the server's CPU per request when the calls went to the RPC server. */
type Timed = TimedSummary & { serverCpuMsPerCall?: number };

function latency(summary: Timed): Measurement {
  const server = summary.serverCpuMsPerCall === undefined ? "" : `RPC server CPU ${formatNumber(summary.serverCpuMsPerCall)} ms/request; `;
  return { value: summary.p95, unit: "ms", distribution: summary, detail: `${server}CPU here ${formatNumber(summary.cpuMsPerCall)} ms/call` };
}

/** Runs an RPC measurement and adds the CPU the server process spent per request (warm-up included). */
async function withServerCpu<T extends TimedSummary | ConcurrentResult>(
  endpoint: RpcEndpoint,
  repeat: RepeatOptions & { clients?: number },
  measure: () => Promise<T>,
): Promise<T> {
  const before = endpoint.serverCpuMs();
  const result = await measure();
  const after = endpoint.serverCpuMs();
  if (before === undefined || after === undefined) return result;
  const calls = (repeat.warmup + repeat.iterations) * (repeat.clients ?? 1);
  const serverCpuMsPerCall = (after - before) / calls;
  return "latency" in result ? { ...result, latency: { ...result.latency, serverCpuMsPerCall } } : { ...result, serverCpuMsPerCall };
}

/** The one SQL statement an engine call sent; the raw reference replays it verbatim. */
async function onlyStatement(work: () => Promise<unknown>): Promise<CapturedStatement> {
  const { statements } = await captureStatements(work);
  if (statements.length !== 1) throw new Error(`expected one statement, the engine sent ${statements.length}`);
  return statements[0]!;
}

/** The list-order position of the row `rows` rows into the listing (setup only; OFFSET is fine here). */
async function positionAt(database: BenchDatabase, filter: InstanceFilter, rows: number): Promise<InstancePosition | undefined> {
  if (rows < 1) return undefined;
  const range = filter.bizdateRange!;
  const [row] = await database.raw.query<Row>(
    `SELECT "bizdate", "cycTime", "id" FROM "instance" WHERE "projectId" = ? AND "bizdate" = ? AND "status" = ?
     ORDER BY "bizdate" DESC, "cycTime" DESC, "id" DESC OFFSET ? LIMIT 1`,
    [filter.projectId, range.from, filter.statuses![0], rows - 1]);
  if (!row) return undefined;
  return { bizdate: Number(row.bizdate), cycTime: Number(row.cycTime), id: BigInt(String(row.id)) };
}

/** Follows NextCursor `pages` times from the first page, as a client paging deep would. */
async function walkToCursor(endpoint: RpcEndpoint, params: Record<string, string>, pages: number): Promise<string> {
  let data = await endpoint.call("ListInstances", params);
  for (let page = 1; page < Math.max(1, pages); page++) {
    const next = data.NextCursor;
    if (typeof next !== "string") throw new Error(`ListInstances gave no NextCursor on page ${page}`);
    data = await endpoint.call("ListInstances", { ...params, Cursor: next });
  }
  const cursor = data.NextCursor;
  if (typeof cursor !== "string") throw new Error("ListInstances gave no NextCursor at the deep page");
  return cursor;
}
