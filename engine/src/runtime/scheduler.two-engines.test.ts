import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventBus } from "../model/events";
import { openDatabase, type Database } from "../store/database";
import { createTestDatabase, isPostgresReachable, type TestDatabase } from "../testing/databases";
import { realClock } from "./clock";
import { createScheduler, type Scheduler } from "./scheduler";
import { seedWorkspace } from "./testing/seed";

const CHAINS = 15;
const CHAIN_LENGTH = 4;
const GROUPS = [
  { identifier: "four", slots: 4 },
  { identifier: "two", slots: 2 },
];

const hasPostgres = await isPostgresReachable();

describe.skipIf(!hasPostgres)("two engines on one PostgreSQL database", () => {
  let db: TestDatabase;
  let secondConnection: Database;
  let workDir: string;
  const schedulers: Scheduler[] = [];

  beforeAll(async () => {
    db = await createTestDatabase("postgresql");
    secondConnection = await openDatabase(db.url);
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-two-engines-"));
    const nodes = [];
    for (let chain = 0; chain < CHAINS; chain++) {
      for (let step = 0; step < CHAIN_LENGTH; step++) {
        nodes.push({
          name: `c${chain}s${step}`,
          resourceGroup: GROUPS[(chain + step) % GROUPS.length]!.identifier,
          priority: [1, 3, 5, 7, 8][chain % 5]!,
          command: "sleep 0.05",
          parents: step === 0 ? [] : [`c${chain}s${step - 1}`],
        });
      }
    }
    await seedWorkspace(db, { resourceGroups: GROUPS, nodes });
  });
  afterAll(async () => {
    for (const scheduler of schedulers) await scheduler.stop().catch(() => undefined);
    await secondConnection?.close();
    await db?.drop();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it("runs every instance exactly once, never exceeds a group's slots, and has exactly one leader", async () => {
    const total = CHAINS * CHAIN_LENGTH;
    const testStart = Date.now();
    const buses = [new EventBus(), new EventBus()];
    const connections = [db, secondConnection];
    let succeeded = 0;
    let bothLeadersSeen = false;
    const allDone = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${succeeded} of ${total} instances succeeded in time`)), 90_000);
      for (const bus of buses) {
        bus.on("instance:succeeded", () => {
          if (++succeeded === total) {
            clearTimeout(timer);
            resolve();
          }
        });
        bus.on("scheduler:tick", () => {
          if (schedulers.length === 2 && schedulers.every((scheduler) => scheduler.isLeader())) bothLeadersSeen = true;
        });
      }
    });
    for (const [index, bus] of buses.entries()) {
      schedulers.push(
        createScheduler({
          db: connections[index]!,
          events: bus,
          clock: realClock,
          engineId: `${os.hostname()}:${workDir}/engine-${index}`,
          config: { workDir, tickMs: 50, heartbeatMs: 1_000, staleClaimMs: 30_000 },
        }),
      );
    }
    await Promise.all(schedulers.map((scheduler) => scheduler.start()));
    await allDone;

    const instances = await db.prisma.instance.findMany({ where: { cycTime: { lte: BigInt(testStart) } } });
    expect(instances).toHaveLength(total);
    expect(instances.every((instance) => instance.status === "SUCCESS" && instance.attempt === 1)).toBe(true);
    const attempts = await db.prisma.attempt.findMany();
    expect(attempts).toHaveLength(total);
    expect(new Set(attempts.map((attempt) => attempt.engineId)).size).toBe(2);

    const groupOf = new Map(instances.map((instance) => [instance.id, instance.resourceGroupId]));
    const groups = await db.prisma.resourceGroup.findMany();
    for (const group of groups) {
      const windows = attempts
        .filter((attempt) => groupOf.get(attempt.instanceId) === group.id)
        .map((attempt) => ({ start: Number(attempt.startedAt), end: Number(attempt.finishedAt) }));
      expect(maxConcurrency(windows)).toBeLessThanOrEqual(group.slots);
      expect(maxConcurrency(windows)).toBeGreaterThan(0);
    }

    expect(bothLeadersSeen).toBe(false);
    expect(schedulers.filter((scheduler) => scheduler.isLeader())).toHaveLength(1);
    const locks = await db.prisma.$queryRaw<{ count: bigint }[]>`SELECT COUNT(*) AS "count" FROM pg_locks WHERE locktype = 'advisory' AND objid = 727003 AND granted`;
    expect(Number(locks[0]!.count)).toBe(1);
  }, 120_000);
});

/** The most half-open [start, end) windows covering one instant. */
function maxConcurrency(windows: { start: number; end: number }[]): number {
  const edges = windows.flatMap((window) => [
    { at: window.start, delta: 1 },
    { at: window.end, delta: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let current = 0;
  let max = 0;
  for (const edge of edges) {
    current += edge.delta;
    max = Math.max(max, current);
  }
  return max;
}
