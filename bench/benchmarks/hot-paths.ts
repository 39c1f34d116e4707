import { claimReadyInstances } from "../../engine/src/runtime/claims";
import { PendingEvents } from "../../engine/src/runtime/pending-events";
import { allocateIds } from "../../engine/src/store/ids";
import { endAttempt } from "../../engine/src/runtime/attempt-outcome";
import { findInstanceById } from "../../engine/src/store/queries/instances/find-instance";
import type { Benchmark, BenchContext } from "../harness/benchmark";
import { createBenchDatabase, type BenchDatabase } from "../harness/databases";
import { errorFigure, ratioOf, verdictOf, type Figure, type Store } from "../harness/figures";
import { describeStatement, explainAnalyze } from "../harness/explain";
import { formatNumber } from "../harness/format";
import { seededRandom } from "../harness/random";
import { replaySequence, retarget, StatementTimings } from "../harness/replay";
import { captureStatements, isDataStatement, type CapturedStatement } from "../harness/statement-capture";
import { loadAverage, measureLatency, type RepeatOptions, type TimedSummary } from "../harness/timing";
import { generateLayeredDag } from "../workloads/layered-dag";
import { materializeDay, type MaterializedDay } from "../workloads/materialize-day";
import { BENCH_TIMEZONE, seedWorkspace, type SeededWorkspace } from "../workloads/seed-workspace";
import { noonToday } from "./generation";

const GOAL_RATIO = 2;
const ROOTS = 10_000;
const ENGINE_ID = "bench-engine";

export const hotPathsBenchmark: Benchmark = {
  name: "hot-paths",
  title: "Prisma on the hot paths",
  goal: `On each hot path (claim, complete, list page, get instance) the engine's own path — Prisma, or typed raw SQL where Prisma was slower — has a p95 at most ${GOAL_RATIO}× the raw driver's. The list page is measured in \`list-instances\`.`,
  method:
    `A day of ${ROOTS.toLocaleString("en-US")} root instances (SHELL nodes, each root with children of 1–3 parents) is created with the engine's planner and store; the roots wait in WAIT_RESOURCE in a group of 1 slot. ` +
    "*claim* = `claimReadyInstances(db, engineId, now, events)` claiming one instance (the slot is freed, untimed, between calls); " +
    "*complete* = `endAttempt(tx, ending, events)` for a successful process in `db.inDriverTransaction`, as the scheduler records a finished task (close the attempt row, finish the instance, release its children, refresh the DAG status); *get instance* = `findInstanceById`. " +
    "Each call works on a different instance. The reference replays with the raw driver, on one connection, the very statements the engine's first call sent (captured at the driver, BEGIN/COMMIT included), " +
    "re-aimed at another instance in the same state: the difference is what Prisma and its driver adapter add. " +
    "(A one-off step of that first call — the claim that moves the DAG to RUNNING updates the dag row — is repeated by every replay, which can only favour the engine.) " +
    "Warm-up, then sequential calls; p95 reported.",
  run: async (context) => {
    const figures: Figure[] = [];
    const notes: string[] = [];
    for (const store of context.stores) {
      try {
        const outcome = await runOnStore(context, store);
        figures.push(...outcome.figures);
        notes.push(...outcome.notes);
      } catch (error) {
        figures.push(errorFigure("hot-paths", store, "hot paths", error, loadAverage()));
      }
    }
    return { figures, notes };
  },
};

type Template = { id: bigint; statements: CapturedStatement[] };

async function runOnStore(context: BenchContext, store: Store): Promise<{ figures: Figure[]; notes: string[] }> {
  const isQuick = context.args.isQuick;
  const repeat: RepeatOptions = isQuick ? { warmup: 5, iterations: 30 } : { warmup: 50, iterations: 500 };
  const dag = generateLayeredDag({ nodeCount: 2 * ROOTS, layerWidth: ROOTS, maxParents: 3, parentLayerSpan: 1, seed: 42 });
  const database = await createBenchDatabase(store, "hotpaths");
  try {
    const now = noonToday(BENCH_TIMEZONE);
    const workspace = await seedWorkspace(database, { identifier: "bench_hot_paths", dag, programType: "SHELL", slots: 1, now });
    const day = await materializeDay(database, workspace, dag, now);
    const parkingGroupId = await prepareClaims(database, workspace, day, now);
    const random = seededRandom(7);
    const everyInstance = shuffle([...day.instanceIds], random);
    context.log(`hot-paths/${store}: ${day.instanceIds.length} instances ready`);

    // claim: one instance per call; between calls the claimed instance moves (still RUNNING) to another group, freeing the slot.
    const freeSlot = () => database.raw.execute(
      `UPDATE "instance" SET "resourceGroupId" = ? WHERE "status" = 'RUNNING' AND "resourceGroupId" = ?`, [parkingGroupId, workspace.resourceGroupId]);
    const claimOne = async () => {
      const claimed = await claimReadyInstances(database.engine, ENGINE_ID, () => now, new PendingEvents());
      if (claimed.length !== 1) throw new Error(`a claim took ${claimed.length} instances, expected 1`);
      return claimed[0]!.instanceId;
    };
    await freeSlot();
    const claimCapture = await captureStatements(claimOne);
    const claimTemplate: Template = { id: claimCapture.result, statements: claimCapture.statements };
    const engineClaim = await measureLatency(claimOne, repeat, freeSlot);
    let nextCandidate = 0n;
    const claimTimings = new StatementTimings();
    const rawClaim = await measureLatency(
      () => replaySequence(database.raw, retarget(claimTemplate.statements, claimTemplate.id, nextCandidate), claimTimings),
      repeat,
      async () => {
        await freeSlot();
        nextCandidate = await nextClaimCandidate(database, workspace.resourceGroupId);
      },
    );

    // complete: the instances claimed above are RUNNING with this engine's claim.
    const running = shuffle(await runningInstances(database), random);
    const complete = (id: bigint) =>
      database.engine.inDriverTransaction((tx) =>
        endAttempt(tx, { instanceId: id, attempt: 1, claimOwner: ENGINE_ID, isSuccess: true, exitCode: 0, errorMessage: "", allowRetry: false, now }, new PendingEvents()),
      );
    const completeTemplate = await captureTemplate(() => complete(running[0]!), running[0]!);
    let next = 1;
    const engineComplete = await measureLatency(() => complete(running[next++]!), repeat);
    const completeTimings = new StatementTimings();
    const rawComplete = await measureLatency(() => replaySequence(database.raw, retarget(completeTemplate.statements, completeTemplate.id, running[next++]!), completeTimings), repeat);

    const getTemplate = await captureTemplate(() => findInstanceById(database.engine, everyInstance[0]!), everyInstance[0]!);
    let read = 1;
    const engineGet = await measureLatency(() => findInstanceById(database.engine, everyInstance[read++ % everyInstance.length]!), repeat);
    const rawGet = await measureLatency(() => replaySequence(database.raw, retarget(getTemplate.statements, getTemplate.id, everyInstance[read++ % everyInstance.length]!)), repeat);

    const figures = [
      prismaFigure(store, "claim (claimReadyInstances, one instance)", engineClaim, rawClaim, claimTemplate.statements, isQuick),
      prismaFigure(store, "complete (endAttempt SUCCESS: attempt row, finish, release children, DAG status)", engineComplete, rawComplete, completeTemplate.statements, isQuick),
      prismaFigure(store, "get instance (findInstanceById)", engineGet, rawGet, getTemplate.statements, isQuick),
    ];
    const notes = [
      "",
      `**${store}**: the statements of each call as the driver saw them, with the mean time each took in the raw replay (most expensive first) —`,
      `claim: ${listStatements(claimTemplate.statements, claimTimings)};`,
      `complete: ${listStatements(completeTemplate.statements, completeTimings)};`,
      `get instance: ${listStatements(getTemplate.statements)}.`,
      ...(await explainCostliest(database, "claim", claimTemplate.statements, claimTimings)),
      ...(await explainCostliest(database, "complete", completeTemplate.statements, completeTimings)),
    ];
    return { figures, notes };
  } finally {
    await database.drop();
  }
}

/** Roots wait for a slot in the workspace's group (1 slot); a second group parks claimed instances. */
async function prepareClaims(database: BenchDatabase, workspace: SeededWorkspace, day: MaterializedDay, now: number): Promise<bigint> {
  const parkingGroupId = await allocateIds(database.engine.prisma, "resourceGroup", 1);
  await database.raw.execute(
    `INSERT INTO "resource_group" ("id", "projectId", "identifier", "name", "slots", "isDefault", "createdAt", "modifiedAt") VALUES (?, ?, 'bench_parking', 'bench_parking', 100000, ?, ?, ?)`,
    [parkingGroupId, workspace.projectId, false, now, now]);
  await database.raw.execute(
    `UPDATE "instance" SET "status" = 'WAIT_RESOURCE', "beginWaitResTime" = ? WHERE "dagId" = ? AND "pendingParents" = 0`, [now, day.dagId]);
  if (database.store === "postgresql") await database.raw.execute("ANALYZE");
  return parkingGroupId;
}

/** The instance a claim would take next (the claim's own order), for the raw replay to take. */
async function nextClaimCandidate(database: BenchDatabase, resourceGroupId: bigint): Promise<bigint> {
  const [row] = await database.raw.query<{ id: unknown }>(
    `SELECT "id" FROM "instance" WHERE "status" = 'WAIT_RESOURCE' AND "resourceGroupId" = ? AND "isSuspended" = ? ORDER BY "priority" DESC, "dueTime" ASC, "id" ASC LIMIT 1`,
    [resourceGroupId, false]);
  if (!row) throw new Error("no instance left to claim");
  return BigInt(String(row.id));
}

async function runningInstances(database: BenchDatabase): Promise<bigint[]> {
  const rows = await database.raw.query<{ id: unknown }>(`SELECT "id" FROM "instance" WHERE "status" = 'RUNNING' ORDER BY "id"`);
  return rows.map((row) => BigInt(String(row.id)));
}

async function captureTemplate(work: () => Promise<unknown>, id: bigint): Promise<Template> {
  const { statements } = await captureStatements(work);
  return { id, statements };
}

/** The plans of the two statements that cost the raw replay most (PostgreSQL only). */
async function explainCostliest(database: BenchDatabase, path: string, statements: readonly CapturedStatement[], timings: StatementTimings): Promise<string[]> {
  if (database.store !== "postgresql") return [];
  const costliest = timings.ranked().filter(({ index }) => isDataStatement(statements[index]!)).slice(0, 2);
  const lines: string[] = ["", "```"];
  for (const { index, meanMs } of costliest) {
    lines.push(`-- ${path}, ${formatNumber(meanMs)} ms in the raw replay: ${describeStatement(statements[index]!)}`);
    lines.push(...(await explainAnalyze(database.raw, statements[index]!)));
  }
  lines.push("```");
  return lines;
}

function listStatements(statements: readonly CapturedStatement[], timings?: StatementTimings): string {
  const shortSql = (index: number) => `\`${statements[index]!.sql.replace(/\s+/g, " ").trim().slice(0, 70)}…\``;
  if (!timings) return statements.map((_, index) => shortSql(index)).join(", ");
  return timings.ranked().map(({ index, meanMs }) => `${shortSql(index)} ${formatNumber(meanMs)} ms`).join(", ");
}

function prismaFigure(store: Store, path: string, engine: TimedSummary, raw: TimedSummary, statements: readonly CapturedStatement[], isQuick: boolean): Figure {
  return {
    benchmark: "hot-paths",
    store,
    subject: `Prisma vs raw: ${path}`,
    measured: { value: engine.p95, unit: "ms", distribution: engine, detail: `${describeCount(statements)}; CPU here ${formatNumber(engine.cpuMsPerCall)} ms/call` },
    reference: {
      value: raw.p95, unit: "ms", distribution: raw, detail: `CPU here ${formatNumber(raw.cpuMsPerCall)} ms/call`,
      subject: `raw ${store === "sqlite" ? "better-sqlite3" : "pg"}, same statements`,
    },
    ratio: ratioOf(engine.p95, raw.p95, "Prisma ÷ raw"),
    goal: verdictOf({ text: `≤ ${GOAL_RATIO}× raw p95`, isMet: engine.p95 <= GOAL_RATIO * raw.p95 }, isQuick),
    load: loadAverage(),
    note: `p50 ratio ${formatNumber(engine.p50 / raw.p50)}×`,
  };
}

function describeCount(statements: readonly CapturedStatement[]): string {
  const data = statements.filter(isDataStatement).length;
  const control = statements.length - data;
  return `${data} SQL statement${data === 1 ? "" : "s"}${control > 0 ? ` + ${control} BEGIN/COMMIT` : ""}`;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}
