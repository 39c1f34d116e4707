import { performance } from "node:perf_hooks";
import type { InstanceStatus } from "../../engine/src/model/status";
import { findKeyPath } from "../../engine/src/schedule/key-path";
import { ForecastModel, type ForecastInstance } from "../../engine/src/schedule/predictions";
import type { Benchmark } from "../harness/benchmark";
import { errorFigure, ratioOf, verdictOf, type Figure } from "../harness/figures";
import { formatCount } from "../harness/format";
import { median, summarize } from "../harness/stats";
import { loadAverage } from "../harness/timing";

const GOAL_UPDATE_MS = 50;
const INSTANCES = 5_000;
const LAYER_WIDTH = 50;
const MINUTE = 60_000;

export const keyPathBenchmark: Benchmark = {
  name: "key-path",
  title: "Baseline predictions and key path over 5,000 upstream instances",
  goal: `Predictions (BeginCast/EndCast) and the key path of a baseline over ${formatCount(INSTANCES)} upstream instances are updated in under ${GOAL_UPDATE_MS} ms after one instance finishes (incremental, not from scratch); the from-scratch time is reported too.`,
  method:
    `A layered DAG of ${formatCount(INSTANCES)} instances (layers of ${LAYER_WIDTH}, 1–3 parents each in the three layers above, seeded), the last layer's instances being the baseline's; ` +
    "usual run times 1–30 min, cycle times spread over the first hours. *From scratch*: `new ForecastModel(instances, now)` + `findKeyPath` (what a full pass and GetBaselineKeyPath do). " +
    "*Update*: the day is replayed in predicted start order — each instance starts, then finishes (a random 50–150% of its usual time), the clock moving forward — and after each finish `model.advance(now)` + `model.update(…)` + `findKeyPath` is timed (what the monitor does per event); " +
    "every update of the day is one sample (p95 judged). *Reference*: recomputing from scratch after each finish, timed on a sample of the same updates. Pure in-memory: no store involved " +
    "(the monitor service reads the changed instance's row, one indexed lookup, before updating).",
  run: async (context) => {
    try {
      return { figures: runBench(context.args.isQuick, context.log), notes: [] };
    } catch (error) {
      return { figures: [errorFigure("key-path", null, "key path", error, loadAverage())], notes: [] };
    }
  },
};

function randomOf(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function layeredDay(count: number, random: () => number, t0: number): ForecastInstance[] {
  const instances: ForecastInstance[] = [];
  for (let index = 0; index < count; index += 1) {
    const layer = Math.floor(index / LAYER_WIDTH);
    const parents = new Set<bigint>();
    if (layer > 0) {
      const parentCount = 1 + Math.floor(random() * 3);
      for (let k = 0; k < parentCount; k += 1) {
        const parentLayer = Math.max(0, layer - 1 - Math.floor(random() * 3));
        parents.add(BigInt(parentLayer * LAYER_WIDTH + Math.floor(random() * LAYER_WIDTH) + 1));
      }
    }
    instances.push({
      id: BigInt(index + 1),
      parentIds: [...parents],
      cycTime: t0 + Math.floor(random() * 4) * 60 * MINUTE,
      status: "NOT_RUN" as InstanceStatus,
      beginRunningTime: null,
      finishTime: null,
      expectedDurationMs: (1 + Math.floor(random() * 30)) * MINUTE,
    });
  }
  return instances;
}

function runBench(isQuick: boolean, log: (line: string) => void): Figure[] {
  const random = randomOf(20_261_124);
  const t0 = Date.UTC(2026, 0, 2);
  const day = layeredDay(INSTANCES, random, t0);
  const members = day.slice(-LAYER_WIDTH).map((instance) => instance.id);
  const scratchRuns = isQuick ? 5 : 20;

  const scratchMs: number[] = [];
  for (let run = 0; run < scratchRuns; run += 1) {
    const started = performance.now();
    const model = new ForecastModel(day, t0);
    findKeyPath(model, members);
    scratchMs.push(performance.now() - started);
  }
  log(`key-path: from scratch ${median(scratchMs).toFixed(1)} ms (median of ${scratchRuns})`);

  // Replay the day: in the scratch model's topological order, each instance runs and finishes.
  const model = new ForecastModel(day, t0);
  const current = new Map(day.map((instance) => [instance.id, instance]));
  const order = [...day].sort((a, b) => (model.forecast(a.id)?.beginCast ?? 0) - (model.forecast(b.id)?.beginCast ?? 0) || Number(a.id - b.id));
  const finishOf = new Map<bigint, number>();
  const updateMs: number[] = [];
  const referenceMs: number[] = [];
  const replayed = isQuick ? order.slice(0, 1_000) : order;
  let checked = 0;
  let clock = t0;
  for (const [position, instance] of replayed.entries()) {
    const parentsEnd = Math.max(instance.cycTime, ...instance.parentIds.map((id) => finishOf.get(id) ?? instance.cycTime));
    const begin = parentsEnd;
    const finish = begin + Math.round(instance.expectedDurationMs * (0.5 + random()));
    finishOf.set(instance.id, finish);
    const running = { ...instance, status: "RUNNING" as InstanceStatus, beginRunningTime: begin };
    clock = Math.max(clock, begin);
    model.advance(clock);
    model.update(running, clock);
    const finished = { ...running, status: "SUCCESS" as InstanceStatus, finishTime: finish };
    current.set(instance.id, finished);
    clock = Math.max(clock, finish);
    const started = performance.now();
    model.advance(clock);
    model.update(finished, clock);
    const keyPath = findKeyPath(model, members);
    updateMs.push(performance.now() - started);
    if (position % (isQuick ? 100 : 250) === 0) {
      const referenceStarted = performance.now();
      const scratch = new ForecastModel([...current.values()], model.now);
      const scratchPath = findKeyPath(scratch, members);
      referenceMs.push(performance.now() - referenceStarted);
      if (scratchPath.endCast !== keyPath.endCast) throw new Error(`incremental and from-scratch predictions differ after ${position + 1} finishes`);
      checked += 1;
    }
  }
  const updates = summarize(updateMs);
  const reference = summarize(referenceMs);
  log(`key-path: ${formatCount(updates.count)} updates, p50 ${updates.p50.toFixed(2)} ms, p95 ${updates.p95.toFixed(2)} ms, max ${updates.max.toFixed(2)} ms; from scratch per update p50 ${reference.p50.toFixed(1)} ms (${checked} checked equal)`);
  const load = loadAverage();
  return [
    {
      benchmark: "key-path",
      store: null,
      subject: `from scratch: predictions + key path, ${formatCount(INSTANCES)} instances`,
      measured: { value: median(scratchMs), unit: "ms", distribution: summarize(scratchMs) },
      load,
      note: "reported, no goal of its own",
    },
    {
      benchmark: "key-path",
      store: null,
      subject: `update after one instance finishes (incremental), ${formatCount(INSTANCES)} instances`,
      measured: { value: updates.p95, unit: "ms", distribution: updates, detail: "p95 of every finish of the day" },
      reference: { subject: "recompute from scratch after the same finish", value: reference.p50, unit: "ms", distribution: reference },
      ratio: ratioOf(updates.p95, reference.p50, "incremental p95 ÷ from-scratch p50, lower is better"),
      goal: verdictOf({ text: `p95 < ${GOAL_UPDATE_MS} ms`, isMet: updates.p95 < GOAL_UPDATE_MS }, isQuick),
      load,
    },
  ];
}
