import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/databases";
import { epochOf, NODE, OTHER_PROJECT_ID, PROJECT_ID, seedOperationsFixture, type OperationsFixture } from "../testing/operations-fixture";
import { testDialects } from "../testing/dialects";
import type { InstanceFilter } from "./instance-filter";
import { countInstancesUpTo, listInstancePage, listInstancePageWithCount, type InstanceListRow } from "./list-instances";

type Seeded = { id: bigint; bizdate: number; cycTime: number; status: string; nodeId: bigint; projectId: bigint; dagType: string; isSuspended: boolean };

/** List order, computed independently: bizdate, cycTime, id, all descending. */
function byListOrder(left: Seeded, right: Seeded): number {
  return right.bizdate - left.bizdate || right.cycTime - left.cycTime || (right.id > left.id ? 1 : right.id < left.id ? -1 : 0);
}

async function walkWithKeyset(database: TestDatabase, filter: InstanceFilter, pageSize: number): Promise<InstanceListRow[]> {
  const seen: InstanceListRow[] = [];
  let after: InstanceListRow | undefined;
  for (let guard = 0; guard < 1000; guard += 1) {
    const page = await listInstancePage(database, filter, {
      limit: pageSize,
      after: after === undefined ? undefined : { bizdate: after.bizdate, cycTime: after.cycTime, id: after.id },
    });
    seen.push(...page);
    if (page.length < pageSize) return seen;
    after = page.at(-1);
  }
  throw new Error("keyset walk did not end");
}

describe.each(await testDialects())("instance list queries on %s", (dialect) => {
  let database: TestDatabase;
  let fixture: OperationsFixture;
  const day = "2024-05-26";

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    fixture = await seedOperationsFixture(database);
  });

  afterAll(async () => {
    await database?.drop();
  });

  function expected(predicate: (instance: Seeded) => boolean): bigint[] {
    return fixture.instances.filter(predicate).sort(byListOrder).map((instance) => instance.id);
  }

  it("lists one business date newest cycle first, ties broken by the higher ID", async () => {
    const filter = { projectId: PROJECT_ID, bizdateRange: { from: epochOf(day), to: epochOf(day) } };
    const page = await listInstancePage(database, filter, { limit: 100 });
    const want = expected((instance) => instance.projectId === PROJECT_ID && instance.bizdate === epochOf(day));
    expect(page.map((instance) => instance.id)).toEqual(want);
    expect(want.length).toBe(29);
  });

  it("pages by offset as slices of that order", async () => {
    const filter = { projectId: PROJECT_ID, bizdateRange: { from: epochOf(day), to: epochOf(day) } };
    const want = expected((instance) => instance.projectId === PROJECT_ID && instance.bizdate === epochOf(day));
    const second = await listInstancePage(database, filter, { limit: 10, offset: 10 });
    expect(second.map((instance) => instance.id)).toEqual(want.slice(10, 20));
  });

  const walks: [string, InstanceFilter, (instance: Seeded) => boolean][] = [
    ["one day", { projectId: PROJECT_ID, bizdateRange: { from: epochOf(day), to: epochOf(day) } }, (i) => i.projectId === PROJECT_ID && i.bizdate === epochOf(day)],
    [
      "one day, several statuses (merged per-status ranges)",
      { projectId: PROJECT_ID, bizdateRange: { from: epochOf(day), to: epochOf(day) }, statuses: ["WAIT_TIME", "SUCCESS", "RUNNING"] },
      (i) => i.projectId === PROJECT_ID && i.bizdate === epochOf(day) && ["WAIT_TIME", "SUCCESS", "RUNNING"].includes(i.status),
    ],
    [
      "a range of days with one status",
      { projectId: PROJECT_ID, bizdateRange: { from: epochOf("2024-05-19"), to: epochOf("2024-05-24") }, statuses: ["SUCCESS"] },
      (i) => i.projectId === PROJECT_ID && i.bizdate >= epochOf("2024-05-19") && i.bizdate <= epochOf("2024-05-24") && i.status === "SUCCESS",
    ],
    ["the whole project", { projectId: PROJECT_ID }, (i) => i.projectId === PROJECT_ID],
  ];

  it.each(walks)("walks %s with a keyset, every row exactly once and in order", async (_name, filter, predicate) => {
    const walked = await walkWithKeyset(database, filter, 7);
    expect(walked.map((instance) => instance.id)).toEqual(expected(predicate));
  });

  it("filters by nodes, DAG type, suspension and project", async () => {
    const hourlySuspended = await listInstancePage(database, { projectId: PROJECT_ID, nodeIds: [NODE.hourly], isSuspended: true }, { limit: 100 });
    expect(hourlySuspended.map((instance) => instance.id)).toEqual(expected((i) => i.nodeId === NODE.hourly && i.isSuspended));
    expect(hourlySuspended).toHaveLength(1);
    const backfills = await listInstancePage(database, { projectId: PROJECT_ID, dagType: "SUPPLY_DATA" }, { limit: 100 });
    expect(backfills.map((instance) => instance.id)).toEqual(expected((i) => i.dagType === "SUPPLY_DATA"));
    const other = await listInstancePage(database, { projectId: OTHER_PROJECT_ID }, { limit: 100 });
    expect(other.map((instance) => instance.nodeId)).toEqual([NODE.other]);
    expect(await listInstancePage(database, { projectId: PROJECT_ID, nodeIds: [] }, { limit: 100 })).toEqual([]);
  });

  it("joins each instance's node facts, deleted nodes included", async () => {
    const page = await listInstancePage(database, { projectId: PROJECT_ID, nodeIds: [NODE.ods, NODE.dws], bizdateRange: { from: epochOf(day), to: epochOf(day) } }, { limit: 5 });
    expect(page.map((row) => row.node)).toEqual([
      { name: "dws_sales", connection: "", rerunMode: "ALL_DENIED", autoRerunIntervalMs: 60_000 },
      { name: "ods_orders", connection: "", rerunMode: "ALL_ALLOWED", autoRerunIntervalMs: 120_000 },
    ]);
  });

  it("reads a 64-bit ID beyond 2^53 exactly", async () => {
    const big = await listInstancePage(database, { projectId: PROJECT_ID, nodeIds: [NODE.dwd], bizdateRange: { from: epochOf(day), to: epochOf(day) } }, { limit: 5 });
    expect(big.map((instance) => instance.id)).toEqual([1_152_921_504_606_846_983n]);
    expect(big[0]?.nodeId).toBe(9_007_199_254_740_993n);
  });

  it("reads a page and its capped count in one statement, the count even past the last page", async () => {
    const filter = { projectId: PROJECT_ID, bizdateRange: { from: epochOf(day), to: epochOf(day) }, statuses: ["WAIT_TIME", "SUCCESS"] as const };
    const counted = await listInstancePageWithCount(database, { ...filter, statuses: [...filter.statuses] }, { limit: 5, offset: 5 }, 20);
    const separate = await listInstancePage(database, { ...filter, statuses: [...filter.statuses] }, { limit: 5, offset: 5 });
    expect(counted.rows).toEqual(separate);
    expect(counted.total).toEqual({ count: 20, isCapped: true });
    const beyond = await listInstancePageWithCount(database, { ...filter, statuses: [...filter.statuses] }, { limit: 5, offset: 500 }, 100);
    expect(beyond).toEqual({ rows: [], total: { count: 25, isCapped: false } });
  });

  it("counts exactly below the cap and stops at the cap", async () => {
    const filter = { projectId: PROJECT_ID, bizdateRange: { from: epochOf(day), to: epochOf(day) } };
    expect(await countInstancesUpTo(database, filter, 100)).toEqual({ count: 29, isCapped: false });
    expect(await countInstancesUpTo(database, filter, 29)).toEqual({ count: 29, isCapped: false });
    expect(await countInstancesUpTo(database, filter, 10)).toEqual({ count: 10, isCapped: true });
    expect(await countInstancesUpTo(database, { ...filter, statuses: ["FAILURE", "RUNNING"] }, 100)).toEqual({ count: 3, isCapped: false });
  });
});
