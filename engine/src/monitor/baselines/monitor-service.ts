import type { EventBus } from "../../model/events";
import { ACTIVE_STATUSES } from "../../model/status";
import type { Clock, ClockTimer } from "../../runtime/clock";
import { addDays, bizdateEpoch, currentBizdate } from "../../schedule/calendar";
import type { Database } from "../../store/database";
import { findBaselineInstance, saveBaselineInstance, type BaselineInstanceValues } from "../../store/queries/monitor/baseline-instances";
import { listEnabledBaselines } from "../../store/queries/monitor/baselines";
import { loadGraphInstances } from "../../store/queries/monitor/instance-graph";
import type { RaiseAlertInput } from "../alerts/raise-alert";
import { openOrCloseTopics, openSlowTopic, refreshTopicInfluence, type TopicContext } from "../topics/topic-service";
import type { BaselineConfig, BaselineStatus } from "./baseline-config";
import { buildBaselineGraph, evaluateBaselineGraph, findMemberInstances, forecastInstanceOf, slowThresholdOf, type BaselineGraph } from "./evaluate";

/** How often, at most, the monitor re-evaluates without an event (the clock moves predictions). */
export const REFRESH_INTERVAL_MS = 30_000;
/** Business dates evaluated on a full pass: the current one and this many before it. */
export const LOOKBACK_DAYS = 7;
/** A full pass (re-reading baselines and history) at least this often. */
export const FULL_PASS_INTERVAL_MS = 10 * 60_000;
/** The same baseline condition pages at most once a day. */
const SLA_ALERT_INTERVAL_SECONDS = 86_400;

type RaiseAlert = (db: Database, alert: RaiseAlertInput) => Promise<unknown>;

export type BaselineMonitorOptions = {
  db: Database;
  events: EventBus;
  clock: Clock;
  /** monitor-alerts' raiseAlert; leave out to record no alerts (tests of other parts). */
  raiseAlert?: RaiseAlert;
  refreshIntervalMs?: number;
  log?: (message: string) => void;
};

/** A live (unfinished) baseline instance kept in memory with its predicted graph. */
export type TrackedBaselineInstance = {
  key: string;
  config: BaselineConfig;
  timezone: string;
  bizdate: string;
  inGroupId: number;
  graph: BaselineGraph;
  saved: BaselineInstanceValues | null;
  rowId: number | null;
};

export type BaselineMonitor = {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Re-reads baselines and instances and evaluates everything from scratch. */
  fullPass(): Promise<void>;
  /** Re-evaluates every live baseline instance at the clock's time now (what the timer does). */
  evaluateNow(): Promise<void>;
  /** Resolves once queued event work is done (for tests and orderly stops). */
  idle(): Promise<void>;
  tracked(): TrackedBaselineInstance[];
};

export function createBaselineMonitor(options: BaselineMonitorOptions): BaselineMonitor {
  const { db, events, clock } = options;
  const refreshIntervalMs = options.refreshIntervalMs ?? REFRESH_INTERVAL_MS;
  const log = options.log ?? (() => {});
  const tracked = new Map<string, TrackedBaselineInstance>();
  const keysByInstance = new Map<bigint, Set<string>>();
  const dirty = new Set<bigint>();
  let chain: Promise<void> = Promise.resolve();
  let timer: ClockTimer | null = null;
  let isRunning = false;
  let lastFullPass = Number.NEGATIVE_INFINITY;
  const unsubscribers: (() => void)[] = [];

  const topicContext: TopicContext = {
    db,
    now: () => clock.now(),
    raiseAlert: options.raiseAlert,
    tracked: () => [...tracked.values()],
  };

  /** Runs work one piece at a time, so that event bursts never interleave their reads and writes. */
  function enqueue(work: () => Promise<void>): Promise<void> {
    chain = chain.then(work).catch((error: unknown) => log(`[monitor] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    return chain;
  }

  function index(entry: TrackedBaselineInstance): void {
    for (const id of entry.graph.instances.keys()) {
      const keys = keysByInstance.get(id) ?? new Set<string>();
      keys.add(entry.key);
      keysByInstance.set(id, keys);
    }
  }

  function untrack(key: string): void {
    const entry = tracked.get(key);
    if (!entry) return;
    for (const id of entry.graph.instances.keys()) keysByInstance.get(id)?.delete(key);
    tracked.delete(key);
  }

  async function fullPassNow(): Promise<void> {
    const now = clock.now();
    lastFullPass = now;
    const baselines = await listEnabledBaselines(db);
    const projects = await db.prisma.project.findMany({ where: { id: { in: [...new Set(baselines.map((baseline) => baseline.projectId))] } }, select: { id: true, timezone: true } });
    const zoneOf = new Map(projects.map((project) => [project.id, project.timezone]));
    const seen = new Set<string>();
    for (const config of baselines) {
      const timezone = zoneOf.get(config.projectId);
      if (!timezone) continue;
      const current = currentBizdate(now, timezone);
      for (let back = LOOKBACK_DAYS; back >= 0; back -= 1) {
        const bizdate = addDays(current, -back);
        const members = await findMemberInstances(db, config, bizdate, timezone);
        for (const [inGroupId, memberIds] of members) {
          const key = `${String(config.id)}:${bizdate}:${inGroupId}`;
          seen.add(key);
          const existing = tracked.get(key);
          const stored = existing ? { values: existing.saved, id: existing.rowId } : await loadSaved(config.id, bizdate, timezone, inGroupId);
          if (stored?.values?.finishStatus === "FINISH" && !existing && back > 0) continue;
          const graph = await buildBaselineGraph(db, memberIds, now);
          const entry: TrackedBaselineInstance = { key, config, timezone, bizdate, inGroupId, graph, saved: stored?.values ?? null, rowId: stored?.id ?? null };
          untrack(key);
          await evaluateAndSave(entry, now);
          if (entry.saved?.finishStatus === "UNFINISH" || back === 0) {
            tracked.set(key, entry);
            index(entry);
          }
        }
      }
    }
    for (const key of [...tracked.keys()]) if (!seen.has(key)) untrack(key);
    await openOrCloseTopics(topicContext, [...keysByInstance.keys()]);
    await checkSlow(now);
    await refreshTopicInfluence(topicContext);
  }

  async function loadSaved(baselineId: bigint, bizdate: string, timezone: string, inGroupId: number): Promise<{ values: BaselineInstanceValues; id: number } | null> {
    const record = await findBaselineInstance(db, baselineId, bizdateEpoch(bizdate, timezone), inGroupId);
    if (!record) return null;
    const { id, ...values } = record;
    return { values, id };
  }

  async function evaluateAndSave(entry: TrackedBaselineInstance, now: number): Promise<void> {
    const evaluation = evaluateBaselineGraph(entry.graph, entry.config, { bizdate: entry.bizdate, inGroupId: entry.inGroupId, timezone: entry.timezone, now });
    if (!evaluation) return;
    const previous = entry.saved;
    const values = evaluation.values;
    if (previous && sameValues(previous, values)) return;
    entry.rowId = await saveBaselineInstance(db, values);
    entry.saved = values;
    if (values.status !== previous?.status && values.status !== "SAFE" && values.finishStatus === "UNFINISH") {
      await raiseSlaAlert(entry, values.status, now);
    }
    if (values.status !== previous?.status) {
      log(`[monitor] baseline ${entry.config.name} ${entry.bizdate}#${entry.inGroupId}: ${previous?.status ?? "new"} → ${values.status}`);
    }
  }

  async function raiseSlaAlert(entry: TrackedBaselineInstance, status: BaselineStatus, now: number): Promise<void> {
    if (!options.raiseAlert) return;
    const values = entry.saved;
    if (!values) return;
    const reason =
      status === "OVER"
        ? "the commitment passed before it finished"
        : status === "ERROR"
          ? "an instance on its key path failed"
          : "it is predicted to finish after its alert time";
    await options.raiseAlert(db, {
      source: "SLA_ALERT",
      projectId: entry.config.projectId,
      dedupeKey: `sla:${String(entry.config.id)}:${entry.bizdate}:${entry.inGroupId}:${status}`,
      title: `Baseline ${entry.config.name} is ${status} (${entry.bizdate}, cycle ${entry.inGroupId})`,
      content: `Baseline ${entry.config.name}, bizdate ${entry.bizdate}, cycle ${entry.inGroupId}: ${reason}. Predicted finish ${new Date(values.endCast ?? now).toISOString()}, commitment ${new Date(values.slaTime).toISOString()}, buffer ${values.buffer ?? 0} s.`,
      receivers: { users: entry.config.owners, methods: ["MAIL"] },
      at: now,
      intervalSeconds: SLA_ALERT_INTERVAL_SECONDS,
      links: { baselineId: entry.config.id, ...(values.blockInstanceId !== null ? { instanceId: values.blockInstanceId } : {}) },
      details: {
        slaAlert: {
          baselineId: String(entry.config.id),
          baselineName: entry.config.name,
          baselineOwner: entry.config.owners.join(","),
          bizdate: values.bizdate,
          inGroupId: entry.inGroupId,
          projectId: String(entry.config.projectId),
          status,
        },
      },
    });
  }

  /** Applies the instances that changed since the last run to every tracked graph holding them. */
  async function processDirty(): Promise<void> {
    if (dirty.size === 0) return;
    const ids = [...dirty];
    dirty.clear();
    const now = clock.now();
    const rows = await loadGraphInstances(db, ids, new Map());
    const changedKeys = new Set<string>();
    for (const row of rows) {
      for (const key of keysByInstance.get(row.id) ?? []) {
        const entry = tracked.get(key);
        const previous = entry?.graph.instances.get(row.id);
        if (!entry || !previous) continue;
        const updated = { ...row, parentIds: previous.parentIds };
        entry.graph.instances.set(row.id, updated);
        entry.graph.model.advance(now);
        entry.graph.model.update(forecastInstanceOf(updated, entry.graph.timings), now);
        changedKeys.add(key);
      }
    }
    for (const key of changedKeys) {
      const entry = tracked.get(key);
      if (entry) await evaluateAndSave(entry, now);
    }
    await openOrCloseTopics(topicContext, rows.map((row) => row.id));
    if (changedKeys.size > 0) await refreshTopicInfluence(topicContext);
  }

  /** The clock moved: predictions that depend on now, statuses crossing their alert or commitment time, slow runs. */
  async function tick(): Promise<void> {
    const now = clock.now();
    if (now - lastFullPass >= FULL_PASS_INTERVAL_MS) {
      await fullPassNow();
      return;
    }
    for (const entry of tracked.values()) {
      entry.graph.model.advance(now);
      await evaluateAndSave(entry, now);
    }
    await checkSlow(now);
    await refreshTopicInfluence(topicContext);
  }

  async function checkSlow(now: number): Promise<void> {
    const checked = new Set<bigint>();
    for (const entry of tracked.values()) {
      for (const instance of entry.graph.instances.values()) {
        if (checked.has(instance.id) || !ACTIVE_STATUSES.has(instance.status) || instance.beginRunningTime === null) continue;
        checked.add(instance.id);
        const threshold = slowThresholdOf(entry.graph.timings.get(instance.nodeId));
        if (threshold !== null && now - instance.beginRunningTime > threshold) {
          await openSlowTopic(topicContext, instance, entry.graph, now);
        }
      }
    }
  }

  /** The next moment something may change without an event: an alert time, a commitment, a slow threshold, or the refresh. */
  function nextWake(now: number): number {
    let next = now + refreshIntervalMs;
    for (const entry of tracked.values()) {
      const saved = entry.saved;
      if (!saved || saved.finishStatus === "FINISH") continue;
      for (const moment of [saved.expTime + 1, saved.slaTime + 1]) if (moment > now && moment < next) next = moment;
      for (const instance of entry.graph.instances.values()) {
        if (!ACTIVE_STATUSES.has(instance.status) || instance.beginRunningTime === null) continue;
        const threshold = slowThresholdOf(entry.graph.timings.get(instance.nodeId));
        const moment = threshold === null ? null : instance.beginRunningTime + threshold + 1;
        if (moment !== null && moment > now && moment < next) next = moment;
      }
    }
    return next;
  }

  function schedule(): void {
    if (!isRunning) return;
    if (timer) clock.clearTimeout(timer);
    const now = clock.now();
    timer = clock.setTimeout(() => {
      timer = null;
      void enqueue(tick).then(schedule);
    }, nextWake(now) - now);
  }

  return {
    async start() {
      if (isRunning) return;
      isRunning = true;
      unsubscribers.push(
        events.on("instance:statusChanged", ({ instanceId }) => {
          if (!keysByInstance.get(instanceId)?.size) return;
          dirty.add(instanceId);
          void enqueue(processDirty).then(schedule);
        }),
        events.on("instances:generated", () => {
          void enqueue(fullPassNow).then(schedule);
        }),
      );
      await enqueue(fullPassNow);
      schedule();
    },
    async stop() {
      isRunning = false;
      for (const off of unsubscribers.splice(0)) off();
      if (timer) clock.clearTimeout(timer);
      timer = null;
      await chain;
    },
    fullPass: () => enqueue(fullPassNow),
    evaluateNow: () => enqueue(tick),
    idle: async () => {
      for (;;) {
        const current = chain;
        await current;
        if (current === chain) return;
      }
    },
    tracked: () => [...tracked.values()],
  };
}

function sameValues(a: BaselineInstanceValues, b: BaselineInstanceValues): boolean {
  return (
    a.status === b.status &&
    a.endCast === b.endCast &&
    a.buffer === b.buffer &&
    a.finishStatus === b.finishStatus &&
    a.finishTime === b.finishTime &&
    a.lastInstanceId === b.lastInstanceId &&
    a.blockInstanceId === b.blockInstanceId &&
    a.slaTime === b.slaTime &&
    a.keyPath.join(",") === b.keyPath.join(",")
  );
}
