/**
 * The scheduler loop of one engine process. Each pass: finish the attempts whose process ended,
 * then (leader only) generate instances and move due instances on, then claim ready instances
 * within free slots and start their processes, then heartbeat the claims it holds. Time comes only
 * from the injected Clock; a finished task wakes the loop at once instead of waiting for a tick.
 */
import fs from "node:fs";
import type { EventBus } from "../model/events";
import { startShellTask } from "../runner";
import { createLogBatcher } from "../runner/log-batcher";
import type { KillReason, RunningTask, TaskOutputHandlers, TaskResult, TaskSpec } from "../runner/types";
import type { Database } from "../store/database";
import { appendInstanceLogs, engineLogLine } from "../store/instance-log";
import { inWriteTransaction } from "../store/transaction";
import { endAttempt, type AttemptEnding } from "./attempt-outcome";
import { claimReadyInstances, type ClaimedAttempt } from "./claims";
import type { Clock, ClockTimer } from "./clock";
import { DEFAULT_GENERATION_AHEAD_MS, ensureCycleInstances, listProjectIds } from "./generation";
import { createLeaderLock } from "./leader-lock";
import { PendingEvents } from "./pending-events";
import { promoteDueInstances } from "./promotion";
import { recoverOrphanedAttempts, type RecoverySummary } from "./recovery";
import { heartbeatClaims } from "./heartbeat";
import { buildTaskSpec } from "./task-spec";

export type { RecoverySummary } from "./recovery";

export type TaskRunner = (spec: TaskSpec, handlers: TaskOutputHandlers) => RunningTask;

export type SchedulerConfig = {
  /** Longest pause between two passes when nothing wakes the loop earlier. */
  tickMs: number;
  /** How often claims held are refreshed (and checked against the database). */
  heartbeatMs: number;
  /** A RUNNING claim whose heartbeat is older than this belongs to a dead engine. */
  staleClaimMs: number;
  /** Working directory of task processes. */
  workDir: string;
  generationAheadMs: number;
  /** How often the leader checks that the cycle instances of every project exist. */
  generationIntervalMs: number;
  /** Due instances handled per statement batch, and the time one pass may spend on them. */
  promotionBatchSize: number;
  promotionBudgetMs: number;
  /** SIGTERM → SIGKILL grace when killing a task. */
  killGraceMs: number;
};

export const DEFAULT_SCHEDULER_CONFIG: Omit<SchedulerConfig, "workDir"> = {
  tickMs: 1_000,
  heartbeatMs: 5_000,
  staleClaimMs: 30_000,
  generationAheadMs: DEFAULT_GENERATION_AHEAD_MS,
  generationIntervalMs: 60_000,
  promotionBatchSize: 1_000,
  promotionBudgetMs: 500,
  killGraceMs: 3_000,
};

export type SchedulerOptions = {
  db: Database;
  events: EventBus;
  clock: Clock;
  /** Stable across restarts of the same engine (see defaultEngineId), so recovery knows its own claims. */
  engineId: string;
  config: Partial<SchedulerConfig> & { workDir: string };
  runTask?: TaskRunner;
};

export type TickSummary = {
  at: number;
  isLeader: boolean;
  /** Cycle instances created by generation in this pass. */
  generated: number;
  /** Instances that left WAIT_TIME (to WAIT_RESOURCE, or finished without running). */
  promoted: number;
  succeededWithoutRunning: number;
  failedWithoutRunning: number;
  /** Children set WAIT_TIME because their last parent succeeded. */
  released: number;
  /** Attempts claimed and started. */
  started: number;
  /** Attempts whose process ended and were recorded (success, failure or retry). */
  finished: number;
  retried: number;
  /** Stale claims of dead engines taken over by this (leader) pass. */
  recovered: number;
  /** Every instance status change made by this pass. */
  transitions: number;
  /** Due work was left for the next pass (the loop runs it at once). */
  hasMoreWork: boolean;
};

export type Scheduler = {
  start(): Promise<void>;
  /** Stops the loop. `killTasks` (default true): kill running tasks and fail their attempts (retry policy applies). */
  stop(options?: { killTasks?: boolean }): Promise<void>;
  /** One pass; passes never overlap. Resolves when it is done and its events were emitted. */
  runOnce(): Promise<TickSummary>;
  /** Ends attempts left RUNNING by a previous run of this engine or by dead engines. Run by start() if not yet run. */
  recover(): Promise<RecoverySummary>;
  isLeader(): boolean;
  /** Instances whose process this engine is running now. */
  runningInstanceIds(): bigint[];
};

type LocalTask = { claim: ClaimedAttempt; task: RunningTask | null; killReason: KillReason | null };
type Completion = { claim: ClaimedAttempt; result: TaskResult | null; startError: string | null; lastErrorLine: string };

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db, events, clock, engineId } = options;
  const config: SchedulerConfig = { ...DEFAULT_SCHEDULER_CONFIG, ...options.config };
  const runTask = options.runTask ?? startShellTask;
  const leaderLock = createLeaderLock(db);
  const localTasks = new Map<bigint, LocalTask>();
  const taskEndings = new Set<Promise<void>>();
  const completions: Completion[] = [];

  let passChain: Promise<unknown> = Promise.resolve();
  let isRunning = false;
  let isStopping = false;
  let hasRecovered = false;
  let loopTimer: ClockTimer | null = null;
  let isWakeQueued = false;
  let nextGenerationAt = 0;
  let nextHeartbeatAt = 0;
  let nextStaleScanAt = 0;
  let unsubscribe: (() => void) | null = null;

  function serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = passChain.then(work, work);
    passChain = result.catch(() => undefined);
    return result;
  }

  /** Status changes committed since the current pass began (counted from the events emitted). */
  let committedTransitions = 0;

  async function commit<T>(work: (pending: PendingEvents) => Promise<T>): Promise<T> {
    const pending = new PendingEvents();
    const result = await work(pending);
    committedTransitions += pending.count("instance:statusChanged");
    pending.emitTo(events);
    return result;
  }

  // ---- execution -------------------------------------------------------------------------

  function launch(claim: ClaimedAttempt): void {
    let spec: TaskSpec;
    try {
      spec = buildTaskSpec(claim, config.workDir, config.killGraceMs);
    } catch (error) {
      localTasks.set(claim.instanceId, { claim, task: null, killReason: null });
      completions.push({ claim, result: null, startError: error instanceof Error ? error.message : String(error), lastErrorLine: "" });
      wake();
      return;
    }
    const { instanceId, attempt } = claim;
    const batcher = createLogBatcher({
      flush: (chunks) => appendInstanceLogs(db.prisma, chunks.map((chunk) => ({ instanceId, attempt, text: chunk.text, at: chunk.at }))),
      maxDelayMs: 200,
    });
    let lastErrorLine = "";
    const local: LocalTask = { claim, task: null, killReason: null };
    localTasks.set(instanceId, local);
    const task = runTask(spec, {
      onOutput(chunk) {
        batcher.push(chunk);
        if (chunk.stream !== "stderr") return;
        const lines = chunk.text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("[nightshift]"));
        if (lines.length > 0) lastErrorLine = lines[lines.length - 1]!;
      },
    });
    local.task = task;
    batcher.push({ stream: "stdout", text: engineLogLine(`attempt ${attempt} started by ${engineId} (pid ${task.pid || "none"})`), at: clock.now() });
    events.emit("instance:started", { instanceId, attempt, pid: task.pid || null, at: clock.now() });
    if (local.killReason) task.kill(local.killReason);
    const recorded = recordProcess(claim, task).catch((error: unknown) => console.error(`[nightshift] could not record the pid of instance ${instanceId}`, error));
    const ending = (async () => {
      const result = await task.result;
      await batcher.close();
      await recorded;
      completions.push({ claim, result, startError: null, lastErrorLine });
      wake();
    })();
    taskEndings.add(ending);
    void ending.finally(() => taskEndings.delete(ending));
  }

  async function recordProcess(claim: ClaimedAttempt, task: RunningTask): Promise<void> {
    if (!task.pid) return;
    const processStart = task.processStart || null;
    await inWriteTransaction(db, async (tx) => {
      await tx.instance.updateMany({
        where: { id: claim.instanceId, attempt: claim.attempt, claimOwner: engineId, status: "RUNNING" },
        data: { pid: task.pid, processStart },
      });
      await tx.attempt.updateMany({ where: { instanceId: claim.instanceId, attempt: claim.attempt }, data: { pid: task.pid, processStart } });
    });
  }

  function killLocal(instanceId: bigint, reason: KillReason): void {
    const local = localTasks.get(instanceId);
    if (!local || local.killReason) return;
    local.killReason = reason;
    local.task?.kill(reason);
  }

  function describeEnding(completion: Completion, now: number): AttemptEnding {
    const { claim, result } = completion;
    const base = { instanceId: claim.instanceId, attempt: claim.attempt, claimOwner: engineId, now };
    if (!result) {
      const message = `could not start the task: ${completion.startError ?? "unknown error"}`;
      return { ...base, isSuccess: false, exitCode: null, errorMessage: message, allowRetry: true, logLine: message };
    }
    const reason = result.killReason ?? localTasks.get(claim.instanceId)?.killReason ?? null;
    if (result.stopped && reason === "stop") {
      return { ...base, isSuccess: false, exitCode: result.exitCode, errorMessage: "stopped by an operator", allowRetry: false, attemptOutcome: "STOPPED" };
    }
    if (result.stopped) {
      const message = "engine stopped while this attempt was running; its process was killed";
      return { ...base, isSuccess: false, exitCode: result.exitCode, errorMessage: message, allowRetry: true, logLine: message };
    }
    if (result.timedOut) {
      return { ...base, isSuccess: false, exitCode: result.exitCode, errorMessage: `timed out after ${claim.timeoutSeconds} s`, allowRetry: true };
    }
    if (result.exitCode === 0) return { ...base, isSuccess: true, exitCode: 0, errorMessage: "", allowRetry: false };
    const fallback = result.exitCode === null ? `killed by signal ${result.signal ?? "unknown"}` : `exit code ${result.exitCode}`;
    return { ...base, isSuccess: false, exitCode: result.exitCode, errorMessage: completion.lastErrorLine || fallback, allowRetry: true };
  }

  async function processCompletions(summary: TickSummary): Promise<void> {
    // A completion leaves the queue only once recorded: if the write fails, the next pass retries it.
    for (let completion = completions[0]; completion !== undefined; completion = completions[0]) {
      const now = clock.now();
      const ending = describeEnding(completion, now);
      const verdict = await commit((pending) => db.inDriverTransaction((tx) => endAttempt(tx, ending, pending)));
      completions.shift();
      localTasks.delete(completion.claim.instanceId);
      summary.finished++;
      if (verdict === "retrying") summary.retried++;
    }
  }

  // ---- the pass --------------------------------------------------------------------------

  async function pass(): Promise<TickSummary> {
    const now = clock.now();
    committedTransitions = 0;
    const summary: TickSummary = {
      at: now,
      isLeader: false,
      generated: 0,
      promoted: 0,
      succeededWithoutRunning: 0,
      failedWithoutRunning: 0,
      released: 0,
      started: 0,
      finished: 0,
      retried: 0,
      recovered: 0,
      transitions: 0,
      hasMoreWork: false,
    };
    await processCompletions(summary);
    if (isStopping) return { ...summary, transitions: committedTransitions };

    summary.isLeader = await leaderLock.tryAcquire();
    if (summary.isLeader) await leaderDuties(now, summary);

    const claimed = await commit((pending) => claimReadyInstances(db, engineId, () => clock.now(), pending));
    for (const claim of claimed) launch(claim);
    summary.started = claimed.length;

    if (now >= nextHeartbeatAt) {
      nextHeartbeatAt = now + config.heartbeatMs;
      const lost = await heartbeatClaims(db, engineId, clock.now(), [...localTasks.values()].map((local) => local.claim));
      for (const instanceId of lost) killLocal(instanceId, "stop");
    }
    summary.transitions = committedTransitions;
    events.emit("scheduler:tick", { at: now, started: summary.started, finished: summary.finished });
    return summary;
  }

  async function leaderDuties(now: number, summary: TickSummary): Promise<void> {
    if (now >= nextGenerationAt) {
      nextGenerationAt = now + config.generationIntervalMs;
      for (const projectId of await listProjectIds(db)) {
        try {
          const results = await ensureCycleInstances(db, { projectId, now, aheadMs: config.generationAheadMs });
          for (const result of results) {
            summary.generated += result.created;
            if (result.created > 0) events.emit("instances:generated", { projectId, bizdate: result.bizdate, count: result.created });
          }
        } catch (error) {
          // One broken project must not stop scheduling the others; it is tried again next interval.
          console.error(`[nightshift] could not generate the cycle instances of project ${projectId}`, error);
        }
      }
    }
    if (now >= nextStaleScanAt) {
      nextStaleScanAt = now + config.heartbeatMs;
      const recovery = await commit((pending) =>
        recoverOrphanedAttempts(
          db,
          { engineId, now, staleClaimMs: config.staleClaimMs, includeOwnClaims: false, exclude: new Set(localTasks.keys()), killGraceMs: config.killGraceMs },
          pending,
        ),
      );
      summary.recovered += recovery.recovered;
    }
    const promotion = await commit((pending) =>
      promoteDueInstances(db, now, pending, { batchSize: config.promotionBatchSize, maxMs: config.promotionBudgetMs }),
    );
    summary.promoted += promotion.promoted;
    summary.succeededWithoutRunning += promotion.succeededWithoutRunning;
    summary.failedWithoutRunning += promotion.failedWithoutRunning;
    summary.released += promotion.released;
    summary.hasMoreWork = promotion.hasMore;
  }

  // ---- the loop --------------------------------------------------------------------------

  function runOnce(): Promise<TickSummary> {
    return serialised(pass);
  }

  function scheduleNext(delayMs: number): void {
    if (loopTimer) clock.clearTimeout(loopTimer);
    loopTimer = isRunning ? clock.setTimeout(() => void loopPass(), delayMs) : null;
  }

  function wake(): void {
    if (!isRunning || isWakeQueued) return;
    isWakeQueued = true;
    setImmediate(() => {
      isWakeQueued = false;
      void loopPass();
    });
  }

  async function loopPass(): Promise<void> {
    if (!isRunning) return;
    try {
      const summary = await runOnce();
      if (summary.hasMoreWork || completions.length > 0) wake();
      else scheduleNext(config.tickMs);
    } catch (error) {
      console.error("[nightshift] scheduler pass failed; retrying after a tick", error);
      scheduleNext(config.tickMs);
    }
  }

  async function recover(): Promise<RecoverySummary> {
    return serialised(async () => {
      const summary = await commit((pending) =>
        recoverOrphanedAttempts(
          db,
          { engineId, now: clock.now(), staleClaimMs: config.staleClaimMs, includeOwnClaims: true, exclude: new Set(localTasks.keys()), killGraceMs: config.killGraceMs },
          pending,
        ),
      );
      hasRecovered = true;
      return summary;
    });
  }

  async function start(): Promise<void> {
    if (isRunning) return;
    fs.mkdirSync(config.workDir, { recursive: true });
    if (!hasRecovered) await recover();
    isRunning = true;
    isStopping = false;
    unsubscribe = events.on("instance:stopRequested", ({ instanceId }) => killLocal(instanceId, "stop"));
    void loopPass();
  }

  async function stop(stopOptions: { killTasks?: boolean } = {}): Promise<void> {
    isRunning = false;
    if (loopTimer) clock.clearTimeout(loopTimer);
    loopTimer = null;
    unsubscribe?.();
    unsubscribe = null;
    await serialised(async () => {
      isStopping = true;
    });
    if (stopOptions.killTasks !== false) {
      for (const instanceId of localTasks.keys()) killLocal(instanceId, "shutdown");
      await Promise.all([...taskEndings]);
      await serialised(async () => {
        const summary = await pass();
        return summary;
      });
    }
    await leaderLock.release();
  }

  return {
    start,
    stop,
    runOnce,
    recover,
    isLeader: () => leaderLock.isHeld(),
    runningInstanceIds: () => [...localTasks.keys()],
  };
}
