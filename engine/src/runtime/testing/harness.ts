import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { EngineEvents } from "../../model/events";
import type { InstanceStatus } from "../../model/status";
import { EventBus } from "../../model/events";
import { localTimeToEpoch } from "../../schedule/calendar";
import type { Dialect } from "../../store/database";
import { createTestDatabase, type TestDatabase } from "../../testing/databases";
import { createFakeClock, type FakeClock } from "../clock";
import { createScheduler, type Scheduler, type SchedulerConfig, type TaskRunner } from "../scheduler";
import { seedWorkspace, type SeededWorkspace, type SeedWorkspace } from "./seed";

export type Harness = {
  db: TestDatabase;
  clock: FakeClock;
  events: EventBus;
  scheduler: Scheduler;
  workspace: SeededWorkspace;
  workDir: string;
  /** Every event the bus carried, in order. */
  log: EventRecord[];
  /** The instances of a node, by cycle time. */
  instancesOf(nodeName: string): Promise<Awaited<ReturnType<TestDatabase["prisma"]["instance"]["findMany"]>>>;
  instanceOf(nodeName: string): Promise<Awaited<ReturnType<TestDatabase["prisma"]["instance"]["findFirstOrThrow"]>>>;
  /** The status of a node's latest instance; null while it has none. */
  statusOf(nodeName: string): Promise<InstanceStatus | null>;
  logText(instanceId: bigint): Promise<string>;
  /** A second scheduler on the same database and bus (another engine, or the same engine restarted). */
  createScheduler(options: { engineId: string; config?: Partial<SchedulerConfig>; runTask?: TaskRunner }): Scheduler;
  close(): Promise<void>;
};

export type EventRecord = { [K in keyof EngineEvents]: { event: K; payload: EngineEvents[K] } }[keyof EngineEvents];

export type HarnessOptions = {
  dialect: Dialect;
  workspace: SeedWorkspace;
  /** Fake time at the start. */
  now: number;
  engineId?: string;
  config?: Partial<SchedulerConfig>;
  runTask?: TaskRunner;
};

/** A migrated test database with a seeded workspace, a fake clock and a scheduler (not started). */
export async function createHarness(options: HarnessOptions): Promise<Harness> {
  const db = await createTestDatabase(options.dialect);
  const workspace = await seedWorkspace(db, options.workspace, options.now);
  const clock = createFakeClock(options.now);
  const events = new EventBus();
  const log: EventRecord[] = [];
  const eventNames: (keyof EngineEvents)[] = [
    "instance:statusChanged",
    "instance:started",
    "instance:failed",
    "instance:succeeded",
    "instance:stopRequested",
    "scheduler:tick",
    "instances:generated",
  ];
  for (const event of eventNames) events.on(event, (payload) => log.push({ event, payload } as EventRecord));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-work-"));
  const schedulers: Scheduler[] = [];
  const makeScheduler = (engineId: string, config: Partial<SchedulerConfig> = {}, runTask?: TaskRunner) => {
    const scheduler = createScheduler({
      db,
      events,
      clock,
      engineId,
      config: { tickMs: 1_000, heartbeatMs: 5_000, staleClaimMs: 30_000, killGraceMs: 500, ...options.config, ...config, workDir },
      ...(runTask ? { runTask } : options.runTask ? { runTask: options.runTask } : {}),
    });
    schedulers.push(scheduler);
    return scheduler;
  };
  const scheduler = makeScheduler(options.engineId ?? `${os.hostname()}:${workDir}`);

  const instancesOf: Harness["instancesOf"] = (nodeName) =>
    db.prisma.instance.findMany({ where: { nodeId: workspace.nodeIds.get(nodeName) ?? -1n }, orderBy: [{ cycTime: "asc" }, { id: "asc" }] });
  return {
    db,
    clock,
    events,
    scheduler,
    workspace,
    workDir,
    log,
    instancesOf,
    instanceOf: (nodeName) => db.prisma.instance.findFirstOrThrow({ where: { nodeId: workspace.nodeIds.get(nodeName) ?? -1n }, orderBy: { id: "desc" } }),
    async statusOf(nodeName) {
      const instance = await db.prisma.instance.findFirst({ where: { nodeId: workspace.nodeIds.get(nodeName) ?? -1n }, orderBy: { id: "desc" }, select: { status: true } });
      return (instance?.status as InstanceStatus | undefined) ?? null;
    },
    async logText(instanceId) {
      const rows = await db.prisma.instanceLog.findMany({ where: { instanceId }, orderBy: { id: "asc" } });
      return rows.map((row) => row.text).join("");
    },
    createScheduler: ({ engineId, config, runTask }) => makeScheduler(engineId, config, runTask),
    async close() {
      for (const each of schedulers) await each.stop().catch(() => undefined);
      await db.drop();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves once `predicate` holds, checking after every event on the bus (and once at the start).
 * Rejects after `timeoutMs` of real time with `description`, so a broken scenario fails, not hangs.
 */
export function untilEvent(events: EventBus, predicate: () => boolean | Promise<boolean>, description: string, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const offs: (() => void)[] = [];
    let isDone = false;
    const finish = (error?: Error) => {
      if (isDone) return;
      isDone = true;
      clearTimeout(timer);
      for (const off of offs) off();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error(`timed out waiting until ${description}`)), timeoutMs);
    let isChecking = false;
    let isCheckPending = false;
    const check = async () => {
      if (isChecking) {
        isCheckPending = true;
        return;
      }
      isChecking = true;
      try {
        do {
          isCheckPending = false;
          if (await predicate()) return finish();
        } while (isCheckPending);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      } finally {
        isChecking = false;
      }
    };
    for (const event of ["instance:statusChanged", "instance:started", "instance:failed", "instance:succeeded", "scheduler:tick"] as const) {
      offs.push(events.on(event, () => void check()));
    }
    void check();
  });
}

/** The instant of a local wall-clock time "YYYY-MM-DDTHH:mm:ss" in a time zone (DST rules of the calendar module). */
export function zonedInstant(isoLocal: string, timezone: string): number {
  const [date = "", time = "00:00:00"] = isoLocal.split("T");
  const [hours = 0, minutes = 0, seconds = 0] = time.split(":").map(Number);
  return localTimeToEpoch(date, hours * 3600 + minutes * 60 + seconds, timezone);
}
