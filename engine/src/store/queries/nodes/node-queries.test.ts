import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/databases";
import { NODE, ODS_TABLE_OUTPUT, PROJECT_ID, seedOperationsFixture } from "../testing/operations-fixture";
import { testDialects } from "../testing/dialects";
import { findNodeById } from "./find-node";
import { findNodeIds, findNodesByIds, listNodes } from "./list-nodes";
import { findChildNodes, findParentNodes } from "./node-relations";
import { findNodesByOutputNames, findOutputsOfNodes } from "./node-outputs";

describe.each(await testDialects())("node queries on %s", (dialect) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await seedOperationsFixture(database);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("pages a project's deployed nodes in ID order with a total", async () => {
    const page = await listNodes(database, { projectId: PROJECT_ID }, { offset: 2, limit: 3 });
    expect(page.totalCount).toBe(7);
    expect(page.nodes.map((node) => node.id)).toEqual([NODE.dws, NODE.hourly, NODE.manual]);
  });

  it("matches the name as a case-insensitive substring, with LIKE wildcards taken literally", async () => {
    const page = await listNodes(database, { projectId: PROJECT_ID, nameContains: "ORDERS" }, { offset: 0, limit: 10 });
    expect(page.nodes.map((node) => node.name)).toEqual(["ods_orders", "dwd_orders"]);
    // As a wildcard, "w_d" would match "dwd_orders"; taken literally it matches nothing.
    const underscore = await listNodes(database, { projectId: PROJECT_ID, nameContains: "w_d" }, { offset: 0, limit: 10 });
    expect(underscore.totalCount).toBe(0);
    const percent = await listNodes(database, { projectId: PROJECT_ID, nameContains: "%" }, { offset: 0, limit: 10 });
    expect(percent.totalCount).toBe(0);
  });

  it("combines owner, program type and business with AND", async () => {
    const page = await listNodes(database, { projectId: PROJECT_ID, ownerId: "bob", programType: "SHELL", businessName: "orders" }, { offset: 0, limit: 10 });
    expect(page.nodes.map((node) => node.id)).toEqual([NODE.dwd]);
  });

  it("resolves node IDs with deleted nodes when asked", async () => {
    expect(await findNodeIds(database, { projectId: PROJECT_ID, ownerId: "alice" })).toEqual([NODE.start, NODE.ods, NODE.manual]);
    expect(await findNodeIds(database, { projectId: PROJECT_ID, ownerId: "alice", includeDeleted: true })).toEqual([NODE.start, NODE.ods, NODE.manual, NODE.deleted]);
    expect((await findNodesByIds(database, [NODE.deleted])).get(NODE.deleted)?.isDeleted).toBe(true);
    expect(await findNodeById(database, NODE.deleted)).toBeNull();
  });

  it("finds direct parents and children only", async () => {
    expect((await findParentNodes(database, NODE.dwd)).map((node) => node.id)).toEqual([NODE.ods]);
    expect((await findChildNodes(database, NODE.start)).map((node) => node.id)).toEqual([NODE.ods, NODE.hourly]);
  });

  it("finds nodes by exact output name", async () => {
    const found = await findNodesByOutputNames(database, [ODS_TABLE_OUTPUT, "shop_warehouse.ods_orders", "shop_warehouse.dwd_orders_out"]);
    expect(found.get(ODS_TABLE_OUTPUT)?.map((node) => node.id)).toEqual([NODE.ods]);
    expect(found.has("shop_warehouse.ods_orders")).toBe(false);
    expect(found.get("shop_warehouse.dwd_orders_out")?.map((node) => node.id)).toEqual([NODE.dwd]);
    expect((await findOutputsOfNodes(database, [NODE.ods])).map((output) => output.name)).toEqual(["shop_warehouse.ods_orders_out", ODS_TABLE_OUTPUT]);
  });
});
