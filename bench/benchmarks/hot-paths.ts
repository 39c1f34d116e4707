import { findInstanceById } from "../../engine/src/store/queries/instances/find-instance";
import { markFinished } from "../../engine/src/store/instance-state";
import { inWriteTransaction } from "../../engine/src/store/transaction";
import type { Benchmark, BenchContext } from "../harness/benchmark";
import { createBenchDatabase, type BenchDatabase } from "../harness/databases";
import { errorFigure, ratioOf, skippedFigure, verdictOf, type Figure, type Store } from "../harness/figures";
import { formatNumber } from "../harness/format";
import { seededRandom } from "../harness/random";
import { replayInTransaction, retarget } from "../harness/replay";
import { captureStatements, isDataStatement, type CapturedStatement } from "../harness/statement-capture";
import type { LatencySummary } from "../harness/stats";
import { loadAverage, measureLatency, type RepeatOptions } from "../harness/timing";
import { generateLayeredDag } from "../workloads/layered-dag";
import { materializeDay } from "../workloads/materialize-day";
import { seedWorkspace } from "../workloads/seed-workspace";
import { noonToday } from "./generation";
import { BENCH_TIMEZONE } from "../workloads/seed-workspace";

const GOAL_RATIO = 2;
const ROOTS = 10_000;

export const hotPathsBenchmark: Benchmark = {
  name: "hot-paths",
  title: "Prisma on the hot paths",
  goal: `On each hot path (claim, complete, list page, get instance) the engine's Prisma path has a p95 at most ${GOAL_RATIO}× the raw driver's. The list page is measured in \`list-instances\`.`,
  method:
    `A day of ${ROOTS.toLocaleString("en-US")} root instances, each with children (1–3 parents each), is created with the engine's planner and store; the roots are set RUNNING. ` +
    "*complete* = `markFinished(tx, id, \"SUCCESS\", …)` in `inWriteTransaction` (finish, release the children, refresh the DAG status); *get instance* = `findInstanceById`. " +
    "Each engine call works on a different instance. The reference replays, with the raw driver, the very statements the engine's first call sent (captured at the driver, inside one raw transaction for writes), re-aimed at another instance of the same state: " +
    "the difference is what Prisma and its driver adapter add. Warm-up, then sequential calls; p95 reported.",
  run: async (context) => {
    const figures: Figure[] = [];
    for (const store of context.stores) {
      try {
        figures.push(...(await runOnStore(context, store)));
      } catch (error) {
        figures.push(errorFigure("hot-paths", store, "hot paths", error, loadAverage()));
      }
    }
    return { figures, notes: [] };
  },
};

async function runOnStore(context: BenchContext, store: Store): Promise<Figure[]> {
  const isQuick = context.args.isQuick;
  const repeat: RepeatOptions = isQuick ? { warmup: 5, iterations: 30 } : { warmup: 50, iterations: 500 };
  const dag = generateLayeredDag({ nodeCount: 2 * ROOTS, layerWidth: ROOTS, maxParents: 3, parentLayerSpan: 1, seed: 42 });
  const database = await createBenchDatabase(store, "hotpaths");
  try {
    const now = noonToday(BENCH_TIMEZONE);
    const workspace = await seedWorkspace(database, { identifier: "bench_hot_paths", dag, programType: "SHELL", now });
    const day = await materializeDay(database, workspace, dag, now);
    await database.raw.execute(
      `UPDATE "instance" SET "status" = 'RUNNING', "attempt" = 1, "claimOwner" = 'bench', "beginRunningTime" = ? WHERE "dagId" = ? AND "pendingParents" = 0`,
      [now, day.dagId]);
    const random = seededRandom(7);
    const roots = shuffle([...Array(ROOTS).keys()].map((index) => day.instanceOfNode.get(index)!), random);
    const everyInstance = shuffle([...day.instanceIds], random);
    context.log(`hot-paths/${store}: ${day.instanceIds.length} instances ready`);

    const figures: Figure[] = [];
    figures.push(skippedFigure("hot-paths", store, "claim", "the scheduler's claim (engine/src/runtime/scheduler.ts) has not landed yet", loadAverage()));

    const complete = (id: bigint) =>
      inWriteTransaction(database.engine, (tx) => markFinished(tx, id, "SUCCESS", now, { exitCode: 0 }, { statuses: ["RUNNING"] }));
    const completeTemplate = await captureTemplate(() => complete(roots[0]!), roots[0]!);
    let next = 1;
    const engineComplete = await measureLatency(() => complete(roots[next++]!), repeat);
    const rawComplete = await measureLatency(async () => {
      const id = roots[next++]!;
      await replayInTransaction(database.raw, retarget(completeTemplate.statements, completeTemplate.id, id));
    }, repeat);
    figures.push(prismaFigure(store, "complete (markFinished SUCCESS + release children + DAG status)", engineComplete, rawComplete, completeTemplate.statements, isQuick));

    const getTemplate = await captureTemplate(() => findInstanceById(database.engine, everyInstance[0]!), everyInstance[0]!);
    let read = 1;
    const engineGet = await measureLatency(() => findInstanceById(database.engine, everyInstance[read++ % everyInstance.length]!), repeat);
    const rawGet = await measureLatency(async () => {
      const [statement] = retarget(getTemplate.statements, getTemplate.id, everyInstance[read++ % everyInstance.length]!);
      await database.raw.replay(statement!.sql, statement!.values);
    }, repeat);
    figures.push(prismaFigure(store, "get instance (findInstanceById)", engineGet, rawGet, getTemplate.statements, isQuick));
    return figures;
  } finally {
    if (!context.args.keepDatabases) await database.drop();
  }
}

async function captureTemplate(work: () => Promise<unknown>, id: bigint): Promise<{ id: bigint; statements: CapturedStatement[] }> {
  const { statements } = await captureStatements(work);
  return { id, statements: statements.filter(isDataStatement) };
}

function prismaFigure(store: Store, path: string, engine: LatencySummary, raw: LatencySummary, statements: readonly CapturedStatement[], isQuick: boolean): Figure {
  return {
    benchmark: "hot-paths",
    store,
    subject: `Prisma vs raw: ${path}`,
    measured: { value: engine.p95, unit: "ms", distribution: engine, detail: `${statements.length} statements` },
    reference: { value: raw.p95, unit: "ms", distribution: raw, subject: `raw ${store === "sqlite" ? "better-sqlite3" : "pg"}, same statements` },
    ratio: ratioOf(engine.p95, raw.p95, "Prisma ÷ raw"),
    goal: verdictOf({ text: `≤ ${GOAL_RATIO}× raw p95`, isMet: engine.p95 <= GOAL_RATIO * raw.p95 }, isQuick),
    load: loadAverage(),
    note: `p50 ratio ${formatNumber(engine.p50 / raw.p50)}×`,
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}
