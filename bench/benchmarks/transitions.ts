import { PendingEvents } from "../../engine/src/runtime/pending-events";
import { promoteDueInstances } from "../../engine/src/runtime/promotion";
import type { Benchmark, BenchContext } from "../harness/benchmark";
import { createBenchDatabase, type BenchDatabase } from "../harness/databases";
import { errorFigure, ratioOf, verdictOf, type Figure, type Store } from "../harness/figures";
import { formatCount, formatNumber } from "../harness/format";
import { captureStatements, isDataStatement } from "../harness/statement-capture";
import { median } from "../harness/stats";
import { loadAverage, timeOnce } from "../harness/timing";
import { runBareTransitionLoop } from "../workloads/bare-transition-loop";
import { restoreDay, snapshotDay } from "../workloads/day-snapshot";
import { generateLayeredDag } from "../workloads/layered-dag";
import { materializeDay } from "../workloads/materialize-day";
import { BENCH_TIMEZONE, seedWorkspace } from "../workloads/seed-workspace";
import { noonToday } from "./generation";

const GOAL_PER_SECOND = 500;
const GOAL_RATIO = 0.5;
/** The engine's promotion batch and the reference loop's claim batch: the same, so both do the same work per turn. */
const BATCH_SIZE = 500;
const LAYER_WIDTH = 10;

export const transitionsBenchmark: Benchmark = {
  name: "transitions",
  title: "Scheduler transitions on a deep DAG of VIRTUAL nodes",
  goal:
    `A workspace of 10,000 VIRTUAL nodes in a deep DAG sustains at least ${GOAL_PER_SECOND} instance transitions per second on both stores, ` +
    `and at least ${GOAL_RATIO * 100}% of the rate of a bare SQL claim-and-complete loop on the same database. Readiness is event-driven (a parent finishing), not a rescan of every waiting instance.`,
  method:
    `10,000 VIRTUAL daily nodes in layers of ${LAYER_WIDTH} (depth 1,000; each node has 1–3 parents, one in the layer just above, the others up to 3 layers up). ` +
    "The day's instances are created with the engine's planner and store; the clock stands at noon of the run date, so every instance is due and only parents hold it back. " +
    "A transition = one instance going from due to SUCCESS (which also releases its children: NOT_RUN → WAIT_TIME). " +
    `*Measured*: the engine's promotion pass \`promoteDueInstances(db, now, events, { batchSize: ${BATCH_SIZE} })\` called until every instance succeeded; wall time from the first call to the last success. ` +
    `*Reference*: a bare loop with the raw driver on the same tables — one transaction per turn: claim up to ${BATCH_SIZE} due rows (FOR UPDATE SKIP LOCKED on PostgreSQL), set them SUCCESS, decrement their children's pending-parent counts, release those at zero. ` +
    "SQL statements are counted at the driver (BEGIN/COMMIT excluded). The day is restored from a snapshot before each run; 3 alternating runs, median reported.",
  run: async (context) => {
    const figures: Figure[] = [];
    for (const store of context.stores) {
      try {
        figures.push(...(await runOnStore(context, store)));
      } catch (error) {
        figures.push(errorFigure("transitions", store, "transitions", error, loadAverage()));
      }
    }
    return { figures, notes: [] };
  },
};

type EngineRun = { ms: number; completed: number; statements: number; passes: number };

async function runOnStore(context: BenchContext, store: Store): Promise<Figure[]> {
  const isQuick = context.args.isQuick;
  const nodeCount = isQuick ? 1_000 : 10_000;
  const runs = isQuick ? 1 : 3;
  const dag = generateLayeredDag({ nodeCount, layerWidth: LAYER_WIDTH, maxParents: 3, parentLayerSpan: 3, seed: 99 });
  const database = await createBenchDatabase(store, "transitions");
  try {
    const now = noonToday(BENCH_TIMEZONE);
    const workspace = await seedWorkspace(database, { identifier: "bench_transitions", dag, programType: "VIRTUAL", now });
    await materializeDay(database, workspace, dag, now);
    const snapshot = await snapshotDay(database);
    context.log(`transitions/${store}: ${formatCount(nodeCount)} instances, depth ${dag.depth}, ${formatCount(dag.edgeCount)} edges`);

    const engineRuns: EngineRun[] = [];
    const rawRuns: { ms: number; statements: number; transactions: number }[] = [];
    for (let run = 0; run < runs; run++) {
      await restoreDay(database, snapshot);
      const engineRun = await runEngine(database, now, nodeCount);
      engineRuns.push(engineRun);
      await restoreDay(database, snapshot);
      const { ms, result } = await timeOnce(() => runBareTransitionLoop(database.raw, { now, batchSize: BATCH_SIZE }));
      if (result.completed !== nodeCount) throw new Error(`the bare loop completed ${result.completed} of ${nodeCount} instances`);
      rawRuns.push({ ms, statements: result.statements, transactions: result.transactions });
      context.log(`transitions/${store}: run ${run + 1}/${runs}: engine ${formatCount(rate(nodeCount, engineRun.ms))}/s, bare loop ${formatCount(rate(nodeCount, ms))}/s`);
    }

    const engineRate = rate(nodeCount, median(engineRuns.map((run) => run.ms)));
    const rawRate = rate(nodeCount, median(rawRuns.map((run) => run.ms)));
    const lastEngine = engineRuns.at(-1)!;
    const lastRaw = rawRuns.at(-1)!;
    const engineDetail =
      `median of ${runs}: ${engineRuns.map((run) => formatCount(rate(nodeCount, run.ms))).join(", ")}/s; ` +
      `${formatNumber(lastEngine.statements / nodeCount)} SQL statements per transition (${formatCount(lastEngine.statements)} in ${lastEngine.passes} passes)`;
    const rawDetail = `runs ${rawRuns.map((run) => formatCount(rate(nodeCount, run.ms))).join(", ")}/s; ${formatNumber(lastRaw.statements / nodeCount)} statements per transition in ${formatCount(lastRaw.transactions)} transactions`;
    const reference = { subject: `bare raw ${store === "sqlite" ? "better-sqlite3" : "pg"} claim-and-complete loop, batches of ${BATCH_SIZE}`, value: rawRate, unit: "/s" as const, detail: rawDetail };
    const subject = `${formatCount(nodeCount)} VIRTUAL instances, depth ${dag.depth}`;
    return [
      {
        benchmark: "transitions", store, subject: `transitions per second — ${subject}`,
        measured: { value: engineRate, unit: "/s", detail: engineDetail },
        reference,
        ratio: ratioOf(engineRate, rawRate, "engine ÷ bare loop"),
        goal: verdictOf({ text: `≥ ${GOAL_PER_SECOND}/s`, isMet: engineRate >= GOAL_PER_SECOND }, isQuick),
        load: loadAverage(),
      },
      {
        benchmark: "transitions", store, subject: `share of the bare loop's rate — ${subject}`,
        measured: { value: engineRate, unit: "/s" },
        reference,
        ratio: ratioOf(engineRate, rawRate, "engine ÷ bare loop"),
        goal: verdictOf({ text: `≥ ${GOAL_RATIO}× bare loop`, isMet: engineRate >= GOAL_RATIO * rawRate }, isQuick),
        load: loadAverage(),
      },
    ];
  } finally {
    if (!context.args.keepDatabases) await database.drop();
  }
}

/** Calls the engine's promotion pass until every instance succeeded; stops with an error if a pass makes no progress. */
async function runEngine(database: BenchDatabase, now: number, expected: number): Promise<EngineRun> {
  let completed = 0;
  let passes = 0;
  const { ms, result } = await timeOnce(() => captureStatements(async () => {
    while (completed < expected) {
      const pass = await promoteDueInstances(database.engine, now, new PendingEvents(), { batchSize: BATCH_SIZE, maxMs: 1_000 });
      passes += 1;
      if (pass.succeededWithoutRunning === 0) throw new Error(`the engine stalled after ${completed} of ${expected} transitions`);
      completed += pass.succeededWithoutRunning;
    }
  }));
  return { ms, completed, statements: result.statements.filter(isDataStatement).length, passes };
}

function rate(count: number, ms: number): number {
  return (count / ms) * 1000;
}
