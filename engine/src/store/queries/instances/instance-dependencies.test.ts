import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/databases";
import { testDialects } from "../testing/dialects";
import { BIG_INSTANCE_ID, CURRENT_BIZDATE, NODE, seedOperationsFixture, type OperationsFixture } from "../testing/operations-fixture";
import { countDownstreamInstances, findExistingInstanceIds, findInstancesInOrder, walkInstanceDependencies } from "./instance-dependencies";

/** A chain of this many waiting instances hangs below the current day's dws_sales instance. */
const CHAIN_LENGTH = 400;
const CHAIN_FIRST_ID = 13_000_000_000n;

describe.each(await testDialects())("instance dependency queries on %s", (dialect) => {
  let database: TestDatabase;
  let fixture: OperationsFixture;
  let ids: { start: bigint; ods: bigint; dwd: bigint; dws: bigint; hourly: bigint[] };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    fixture = await seedOperationsFixture(database);
    const hourly = Array.from({ length: 24 }, (_, hour) => fixture.instanceOf(NODE.hourly, CURRENT_BIZDATE, "DAILY", hour).id);
    ids = {
      start: fixture.instanceOf(NODE.start, CURRENT_BIZDATE).id,
      ods: fixture.instanceOf(NODE.ods, CURRENT_BIZDATE).id,
      dwd: fixture.instanceOf(NODE.dwd, CURRENT_BIZDATE).id,
      dws: fixture.instanceOf(NODE.dws, CURRENT_BIZDATE).id,
      hourly,
    };
    // The current day's DAG: start → ods → dwd → dws, start → each hourly instance.
    const edges = [
      [ids.start, ids.ods],
      [ids.ods, ids.dwd],
      [ids.dwd, ids.dws],
      ...hourly.map((id) => [ids.start, id]),
    ].map(([parentId, childId]) => ({ parentId: parentId!, childId: childId! }));
    await database.prisma.instanceEdge.createMany({ data: edges });
    // A long chain of waiting copies of dws_sales below it, for depth and caps.
    const template = await database.prisma.instance.findUniqueOrThrow({ where: { id: ids.dws } });
    const chain = Array.from({ length: CHAIN_LENGTH }, (_, index) => CHAIN_FIRST_ID + BigInt(index));
    for (let start = 0; start < chain.length; start += 500) {
      await database.prisma.instance.createMany({ data: chain.slice(start, start + 500).map((id) => ({ ...template, id, status: "NOT_RUN", cycTime: template.cycTime + id - CHAIN_FIRST_ID + 1n })) });
    }
    const chainEdges = chain.map((id, index) => ({ parentId: index === 0 ? ids.dws : chain[index - 1]!, childId: id }));
    for (let start = 0; start < chainEdges.length; start += 500) {
      await database.prisma.instanceEdge.createMany({ data: chainEdges.slice(start, start + 500) });
    }
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("walks upstream and downstream from an instance, root first, with the edges among what it returns", async () => {
    const walk = await walkInstanceDependencies(database, { rootId: ids.dwd, direction: "BOTH", depth: 2, maxInstances: 500 });
    expect(walk.instanceIds).toEqual([ids.dwd, ids.ods, ids.start, ids.dws, CHAIN_FIRST_ID]);
    expect(walk.edges).toEqual([
      { parentId: ids.start, childId: ids.ods },
      { parentId: ids.ods, childId: ids.dwd },
      { parentId: ids.dws, childId: CHAIN_FIRST_ID },
      { parentId: ids.dwd, childId: ids.dws },
    ].sort((left, right) => (left.parentId < right.parentId ? -1 : left.parentId > right.parentId ? 1 : 0)));
    expect(walk.isTruncated).toBe(false);
  });

  it("follows one direction only when asked, and stops at the depth", async () => {
    const up = await walkInstanceDependencies(database, { rootId: ids.dws, direction: "UPSTREAM", depth: 1, maxInstances: 500 });
    expect(up.instanceIds).toEqual([ids.dws, ids.dwd]);
    const down = await walkInstanceDependencies(database, { rootId: ids.start, direction: "DOWNSTREAM", depth: 1, maxInstances: 500 });
    expect(new Set(down.instanceIds)).toEqual(new Set([ids.start, ids.ods, ...ids.hourly]));
    expect(down.instanceIds).toHaveLength(26);
    // Siblings (other children of a parent) are not reached from a child.
    const fromHourly = await walkInstanceDependencies(database, { rootId: ids.hourly[0]!, direction: "BOTH", depth: 3, maxInstances: 500 });
    expect(fromHourly.instanceIds).toEqual([ids.hourly[0], ids.start]);
  });

  it("truncates at MaxInstances and says so", async () => {
    const walk = await walkInstanceDependencies(database, { rootId: ids.start, direction: "DOWNSTREAM", depth: 20, maxInstances: 10 });
    expect(walk.instanceIds).toHaveLength(10);
    expect(walk.isTruncated).toBe(true);
    expect(walk.edges.every((edge) => walk.instanceIds.includes(edge.parentId) && walk.instanceIds.includes(edge.childId))).toBe(true);
  });

  it("walks a long chain level by level, iteratively", async () => {
    const walk = await walkInstanceDependencies(database, { rootId: ids.dws, direction: "DOWNSTREAM", depth: 20, maxInstances: 5_000 });
    expect(walk.instanceIds).toHaveLength(21);
    const counts = await countDownstreamInstances(database, [ids.dws], 100_000);
    expect(counts.counts.get(ids.dws)).toEqual({ downstream: CHAIN_LENGTH, waitingDownstream: CHAIN_LENGTH, isCapped: false });
  });

  it("counts transitive children and the unfinished among them, per instance and for the union", async () => {
    const { counts, union } = await countDownstreamInstances(database, [ids.ods, ids.dwd], 100_000);
    // ods → dwd (RUNNING) → dws (NOT_RUN) → the chain.
    expect(counts.get(ids.ods)).toEqual({ downstream: 2 + CHAIN_LENGTH, waitingDownstream: 2 + CHAIN_LENGTH, isCapped: false });
    expect(counts.get(ids.dwd)).toEqual({ downstream: 1 + CHAIN_LENGTH, waitingDownstream: 1 + CHAIN_LENGTH, isCapped: false });
    // The union leaves out the selection itself (dwd is selected).
    expect(union).toEqual({ downstream: 1 + CHAIN_LENGTH, waitingDownstream: 1 + CHAIN_LENGTH, isCapped: false });
    const fromStart = await countDownstreamInstances(database, [ids.start], 100_000);
    // 10 hourly done, 1 running, 13 waiting; ods done; dwd, dws and the chain unfinished.
    expect(fromStart.counts.get(ids.start)).toEqual({ downstream: 27 + CHAIN_LENGTH, waitingDownstream: 16 + CHAIN_LENGTH, isCapped: false });
  });

  it("stops counting at the cap and marks the count as capped", async () => {
    const { counts, union } = await countDownstreamInstances(database, [ids.start], 5);
    expect(counts.get(ids.start)).toMatchObject({ downstream: 5, isCapped: true });
    expect(union.isCapped).toBe(true);
  });

  it("counts nothing below a leaf", async () => {
    const leaf = CHAIN_FIRST_ID + BigInt(CHAIN_LENGTH - 1);
    const { counts } = await countDownstreamInstances(database, [leaf], 100_000);
    expect(counts.get(leaf)).toEqual({ downstream: 0, waitingDownstream: 0, isCapped: false });
  });

  it("finds instances in the order asked and tells which IDs exist", async () => {
    const found = await findInstancesInOrder(database, [ids.dws, 1n, BIG_INSTANCE_ID]);
    expect(found.map((instance) => instance.id)).toEqual([ids.dws, BIG_INSTANCE_ID]);
    expect(await findExistingInstanceIds(database, [ids.start, 2n])).toEqual(new Set([ids.start]));
  });
});
