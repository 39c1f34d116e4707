import { ensureCycleInstances } from "../../engine/src/runtime/generation";
import { localDateOf, localTimeToEpoch } from "../../engine/src/schedule/calendar";
import { planCycleInstances, type PlanNode } from "../../engine/src/schedule/plan";
import type { Benchmark, BenchContext } from "../harness/benchmark";
import { insertRows } from "../harness/bulk-insert";
import { createBenchDatabase, type BenchDatabase } from "../harness/databases";
import { errorFigure, ratioOf, verdictOf, type Figure, type Store } from "../harness/figures";
import { formatCount, formatNumber } from "../harness/format";
import { replaySequence } from "../harness/replay";
import { captureStatements, isDataStatement } from "../harness/statement-capture";
import { median } from "../harness/stats";
import { loadAverage, timeOnce } from "../harness/timing";
import { clearGeneratedState, snapshotTable } from "../workloads/instance-tables";
import { generateLayeredDag, type LayeredDag } from "../workloads/layered-dag";
import { BENCH_TIMEZONE, DAILY_AT_MIDNIGHT, seedWorkspace } from "../workloads/seed-workspace";

const GOAL_SECONDS = 10;

export const generationBenchmark: Benchmark = {
  name: "generation",
  title: "Daily instance generation",
  goal: `Generating 100,000 instances (with their dependency edges) takes at most ${GOAL_SECONDS} s, on SQLite and on PostgreSQL.`,
  method:
    "A project of 100,000 daily nodes in a layered DAG (100 per layer, 1–3 parents from the 3 layers above, ≈200,000 edges) is seeded with the raw driver. " +
    "Measured: `ensureCycleInstances(db, { projectId, now })`, which reads the nodes, plans the bizdate and writes the DAG, instances and instance edges. " +
    "Reference: the raw driver (better-sqlite3 / pg) inserting the very rows the engine wrote (all columns), as multi-row INSERTs in one transaction, into the same tables with the same indexes. " +
    "A second reference replays the engine's own captured statements verbatim with the raw driver, which tells Prisma's share from the SQL's. " +
    "Three alternating runs each (state emptied between runs); the median is reported. The pure planning step (`planCycleInstances`) is timed apart.",
  run: async (context) => {
    const figures: Figure[] = [];
    for (const store of context.stores) {
      try {
        figures.push(...(await runOnStore(context, store)));
      } catch (error) {
        figures.push(errorFigure("generation", store, `ensureCycleInstances: ${formatCount(nodeCountOf(context))} instances`, error, loadAverage()));
      }
    }
    return { figures, notes: [] };
  },
};

async function runOnStore(context: BenchContext, store: Store): Promise<Figure[]> {
  const isQuick = context.args.isQuick;
  const nodeCount = nodeCountOf(context);
  const runs = isQuick ? 1 : 3;
  const dag = generateLayeredDag({ nodeCount, layerWidth: 100, maxParents: 3, parentLayerSpan: 3, seed: 20_260_101 });
  const database = await createBenchDatabase(store, "generation");
  try {
    const now = noonToday(BENCH_TIMEZONE);
    const workspace = await seedWorkspace(database, { identifier: "bench_generation", dag, programType: "VIRTUAL", now });
    context.log(`generation/${store}: seeded ${formatCount(nodeCount)} nodes, ${formatCount(dag.edgeCount)} edges`);

    const engineMs: number[] = [];
    const rawMs: number[] = [];
    const replayMs: number[] = [];
    let statementCount = 0;
    let edgeCount = 0;
    for (let run = 0; run < runs; run++) {
      const { ms, result } = await timeOnce(() => captureStatements(() => ensureCycleInstances(database.engine, { projectId: workspace.projectId, now })));
      const created = result.result.reduce((sum, bizdate) => sum + bizdate.created, 0);
      if (created !== nodeCount) throw new Error(`generation/${store}: expected ${nodeCount} instances, the engine created ${created}`);
      engineMs.push(ms);
      statementCount = result.statements.filter(isDataStatement).length;

      const snapshot = await snapshotGenerated(database);
      edgeCount = snapshot.edges.rows.length;
      await clearGeneratedState(database);
      // The engine's own statements at raw-driver speed: what is left once Prisma is taken away.
      replayMs.push((await timeOnce(() => replaySequence(database.raw, result.statements))).ms);
      await clearGeneratedState(database);
      rawMs.push((await timeOnce(() => insertLikeARawDriver(database, snapshot))).ms);
      await clearGeneratedState(database);
      context.log(
        `generation/${store}: run ${run + 1}/${runs}: engine ${formatNumber(ms / 1000)} s, its SQL replayed raw ${formatNumber(replayMs.at(-1)! / 1000)} s, ` +
          `raw multi-row INSERT ${formatNumber(rawMs.at(-1)! / 1000)} s`,
      );
    }
    const planMs = await timePlanning(dag, workspace.nodeIds);

    const engineSeconds = median(engineMs) / 1000;
    const rawSeconds = median(rawMs) / 1000;
    return [
      {
        benchmark: "generation",
        store,
        subject: `ensureCycleInstances: ${formatCount(nodeCount)} instances + ${formatCount(edgeCount)} edges`,
        measured: {
          value: engineSeconds,
          unit: "s",
          detail: `median of ${runs}: ${engineMs.map((ms) => formatNumber(ms / 1000)).join(", ")} s; ${formatCount(nodeCount / engineSeconds)} instances/s; ${statementCount} SQL statements; planning alone ${formatNumber(planMs)} ms`,
        },
        reference: {
          subject: `raw ${store === "sqlite" ? "better-sqlite3" : "pg"} multi-row INSERT of the same rows in one transaction`,
          value: rawSeconds,
          unit: "s",
          detail: `runs ${rawMs.map((ms) => formatNumber(ms / 1000)).join(", ")} s`,
        },
        ratio: ratioOf(engineSeconds, rawSeconds, "engine ÷ raw"),
        goal: verdictOf({ text: `≤ ${GOAL_SECONDS} s for 100,000`, isMet: engineSeconds <= GOAL_SECONDS }, isQuick),
        load: loadAverage(),
      },
      {
        benchmark: "generation",
        store,
        subject: `ensureCycleInstances vs its own SQL replayed with the raw driver (what Prisma adds) — ${formatCount(nodeCount)} instances`,
        measured: { value: engineSeconds, unit: "s" },
        reference: {
          subject: `the engine's captured statements replayed verbatim with raw ${store === "sqlite" ? "better-sqlite3" : "pg"}`,
          value: median(replayMs) / 1000,
          unit: "s",
          detail: `runs ${replayMs.map((ms) => formatNumber(ms / 1000)).join(", ")} s`,
        },
        ratio: ratioOf(engineSeconds, median(replayMs) / 1000, "engine ÷ its SQL raw"),
        load: loadAverage(),
      },
    ];
  } finally {
    await database.drop();
  }
}

type GeneratedSnapshot = { dags: Awaited<ReturnType<typeof snapshotTable>>; instances: Awaited<ReturnType<typeof snapshotTable>>; edges: Awaited<ReturnType<typeof snapshotTable>> };

async function snapshotGenerated(database: BenchDatabase): Promise<GeneratedSnapshot> {
  return {
    dags: await snapshotTable(database, "dag", `"id"`),
    instances: await snapshotTable(database, "instance", `"id"`),
    edges: await snapshotTable(database, "instance_edge", `"childId", "parentId"`),
  };
}

async function insertLikeARawDriver(database: BenchDatabase, snapshot: GeneratedSnapshot): Promise<void> {
  await database.raw.transaction(async (session) => {
    await insertRows(session, "dag", snapshot.dags.columns, snapshot.dags.rows);
    await insertRows(session, "instance", snapshot.instances.columns, snapshot.instances.rows);
    await insertRows(session, "instance_edge", snapshot.edges.columns, snapshot.edges.rows);
  });
}

/** The pure planning step alone, to tell its share of the generation time from the writes'. */
async function timePlanning(dag: LayeredDag, nodeIds: readonly bigint[]): Promise<number> {
  const nodes: PlanNode[] = dag.parentsOf.map((parents, index) => ({
    id: nodeIds[index]!,
    cronExpress: DAILY_AT_MIDNIGHT,
    schedulerType: "NORMAL",
    parentIds: parents.map((parent) => nodeIds[parent]!),
  }));
  const bizdate = localDateOf(Date.now() - 86_400_000, BENCH_TIMEZONE);
  return (await timeOnce(async () => planCycleInstances({ nodes, bizdate, timezone: BENCH_TIMEZONE }))).ms;
}

function nodeCountOf(context: BenchContext): number {
  return context.args.isQuick ? 5_000 : 100_000;
}

/** Noon in the workspace's time zone: far from midnight, so exactly one bizdate is due. */
export function noonToday(timezone: string): number {
  return localTimeToEpoch(localDateOf(Date.now(), timezone), 12 * 3600, timezone);
}
