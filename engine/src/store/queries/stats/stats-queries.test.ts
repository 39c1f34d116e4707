import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/databases";
import { BIZDATES, epochOf, NODE, PROJECT_ID, seedOperationsFixture, type OperationsFixture } from "../testing/operations-fixture";
import { testDialects } from "../testing/dialects";
import { countFailuresPerNode } from "./failures-per-node";
import { countCycleInstancesPerBizdate } from "./instances-per-bizdate";
import { findLongestRunsPerNode } from "./longest-runs";
import { countNodesByProgramType } from "./program-type-counts";
import { countInstancesByStatus } from "./status-counts";
import { countSuccessesByFinishBucket } from "./success-by-hour";

const HOUR = 3_600_000;

describe.each(await testDialects())("statistics queries on %s", (dialect) => {
  let database: TestDatabase;
  let fixture: OperationsFixture;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    fixture = await seedOperationsFixture(database);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("buckets a day's successful cycle instances by finish hour", async () => {
    const bizdate = "2024-05-25";
    const runDateStart = epochOf("2024-05-26");
    const boundaries = Array.from({ length: 24 }, (_, hour) => runDateStart + (hour + 1) * HOUR);
    const buckets = await countSuccessesByFinishBucket(database, { projectId: PROJECT_ID, bizdate: epochOf(bizdate), boundaries });
    const want = new Array<number>(25).fill(0);
    for (const instance of fixture.instances) {
      if (instance.bizdate !== epochOf(bizdate) || instance.status !== "SUCCESS" || instance.dagType !== "DAILY" || instance.finishTime === null) continue;
      const index = boundaries.findIndex((boundary) => instance.finishTime! < boundary);
      want[index === -1 ? 24 : index]! += 1;
    }
    expect(buckets).toEqual(want);
    expect(buckets.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(20);
  });

  it("counts cycle instances per business date, leaving out backfills and manual runs", async () => {
    const counts = await countCycleInstancesPerBizdate(database, { projectId: PROJECT_ID, fromBizdate: epochOf("2024-05-20"), toBizdate: epochOf("2024-05-21") });
    expect([...counts.entries()].sort()).toEqual([
      [epochOf("2024-05-20"), 29],
      [epochOf("2024-05-21"), 29],
    ]);
  });

  it("ranks each node's longest finished run of a day", async () => {
    const runs = await findLongestRunsPerNode(database, { projectId: PROJECT_ID, bizdate: epochOf("2024-05-24"), limit: 3 });
    expect(runs.map((run) => run.nodeId)).toEqual([NODE.dws, NODE.dwd, NODE.ods]);
    expect(runs[0]?.elapsedMs).toBe((3_000 + BIZDATES.indexOf("2024-05-24")) * 1000);
    expect(runs[0]?.instanceId).toBe(fixture.instanceOf(NODE.dws, "2024-05-24").id);
  });

  it("counts failures per node over a range, most first", async () => {
    const failures = await countFailuresPerNode(database, { projectId: PROJECT_ID, fromBizdate: epochOf(BIZDATES[0]!), toBizdate: epochOf(BIZDATES.at(-1)!), limit: 10 });
    expect(failures).toEqual([
      { nodeId: NODE.frozen, count: 10 },
      { nodeId: NODE.dws, count: 3 },
      { nodeId: NODE.ods, count: 1 },
    ]);
  });

  it("counts a day's instances per status, optionally per DAG type and task type", async () => {
    const all = await countInstancesByStatus(database, { projectId: PROJECT_ID, bizdate: epochOf("2024-05-26") });
    expect(Object.fromEntries(all)).toEqual({ SUCCESS: 12, RUNNING: 2, FAILURE: 1, NOT_RUN: 1, WAIT_TIME: 13 });
    const paused = await countInstancesByStatus(database, { projectId: PROJECT_ID, bizdate: epochOf("2024-05-26"), taskType: "PAUSE" });
    expect(Object.fromEntries(paused)).toEqual({ FAILURE: 1 });
    const smoke = await countInstancesByStatus(database, { projectId: PROJECT_ID, bizdate: epochOf("2024-05-25"), dagType: "SMOKE_TEST" });
    expect(Object.fromEntries(smoke)).toEqual({ FAILURE: 1 });
  });

  it("counts deployed nodes per program type, most first", async () => {
    expect(await countNodesByProgramType(database, PROJECT_ID)).toEqual([
      { programType: "SHELL", count: 5 },
      { programType: "ODPS_SQL", count: 1 },
      { programType: "VIRTUAL", count: 1 },
    ]);
  });
});
