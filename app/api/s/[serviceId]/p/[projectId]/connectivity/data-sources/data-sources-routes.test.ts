import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TBatchTestResult, TConnectivityHistory, TDataSourceList, TDataSourceMutationResult, TDataSourceTestResult, TPairTestResult, TResourceGroupList } from "@/lib/contracts/connectivity";
import { getConsoleDb } from "@/lib/server/db";
import {
  createTestActor,
  createTestConsoleDb,
  createTestDataService,
  findFreeLoopbackPort,
  readResponse,
  routeParams,
  startTestEngine,
  testRequest,
  type TTestActor,
  type TTestConsoleDb,
  type TTestEngine,
} from "@/lib/testing";
import { POST as POST_BATCH } from "../batch-tests/route";
import { POST as POST_PAIR } from "../pair-tests/route";
import { GET as GET_GROUPS } from "../resource-groups/route";
import { GET as GET_HISTORY } from "./[dataSourceId]/history/route";
import { DELETE, PUT } from "./[dataSourceId]/route";
import { POST as POST_TEST } from "./[dataSourceId]/test/route";
import { GET, POST } from "./route";

type Data<T> = { data: T };
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

const PROJECT_ID = "10000";
const WRONG_PASSWORD = "Not-The-Root-Password-42";

/** MariaDB on 127.0.0.1:3306 (root, no password) for the wrong-password journey; skipped when absent unless REQUIRE_SERVICES=1. */
async function isMariaDbReachable(): Promise<boolean> {
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: 3306, timeout: 1000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
  if (!reachable && process.env.REQUIRE_SERVICES === "1") throw new Error("MariaDB is not reachable on 127.0.0.1:3306 and REQUIRE_SERVICES=1");
  if (!reachable) console.warn("[skip] MariaDB is not reachable on 127.0.0.1:3306; the wrong-password tests are skipped");
  return reachable;
}

let consoleDb: TTestConsoleDb;
let engine: TTestEngine;
let serviceId: number;
let viewer: TTestActor;
let operator: TTestActor;
let admin: TTestActor;
let closedPort: number;
let groupId: string;
const hasMariaDb = await isMariaDbReachable();

const base = () => `/api/s/${serviceId}/p/${PROJECT_ID}/connectivity`;
const workspaceParams = () => routeParams({ serviceId: String(serviceId), projectId: PROJECT_ID });
const sourceParams = (dataSourceId: string) => routeParams({ serviceId: String(serviceId), projectId: PROJECT_ID, dataSourceId });

async function createSource(body: unknown, as: TTestActor = admin) {
  return readResponse<Data<TDataSourceMutationResult> & ErrorBody>(await POST(testRequest(`${base()}/data-sources`, { body, as }), workspaceParams()));
}
async function test(dataSourceId: string, as: TTestActor = operator) {
  return readResponse<Data<TDataSourceTestResult> & ErrorBody>(await POST_TEST(testRequest(`${base()}/data-sources/${dataSourceId}/test`, { body: { resourceGroupId: groupId }, as }), sourceParams(dataSourceId)));
}

beforeAll(async () => {
  consoleDb = await createTestConsoleDb();
  engine = await startTestEngine({ demo: true, startTimeoutMs: 150_000 });
  serviceId = await createTestDataService(engine);
  viewer = await createTestActor("viewer");
  operator = await createTestActor("operator");
  admin = await createTestActor("admin");
  closedPort = await findFreeLoopbackPort();
}, 180_000);

afterAll(async () => {
  await engine?.stop();
  await consoleDb?.close();
});

describe("connectivity routes against the engine", () => {
  let closedId: string;

  it("lists the workspace's resource groups", async () => {
    const { status, body } = await readResponse<Data<TResourceGroupList>>(await GET_GROUPS(testRequest(`${base()}/resource-groups`, { as: viewer }), workspaceParams()));
    expect(status).toBe(200);
    expect(body.data.items.length).toBeGreaterThan(0);
    groupId = body.data.items[0]!.resourceGroupId;
  });

  it("lets an admin create a data source and a viewer list it, the password only flagged", async () => {
    const created = await createSource({ name: "closed_mysql", connection: { type: "mysql", jdbcUrl: `jdbc:mysql://127.0.0.1:${closedPort}/test`, username: "root", password: WRONG_PASSWORD } });
    expect(created.status).toBe(201);
    closedId = created.body.data.dataSourceId;
    const response = await GET(testRequest(`${base()}/data-sources`, { as: viewer }), workspaceParams());
    const text = await response.text();
    expect(text).not.toContain(WRONG_PASSWORD);
    const listed = (JSON.parse(text) as Data<TDataSourceList>).data.items.find((item) => item.dataSourceId === closedId);
    expect(listed).toMatchObject({ name: "closed_mysql", type: "mysql", hasPassword: true, lastResult: null, connection: { jdbcUrl: `jdbc:mysql://127.0.0.1:${closedPort}/test`, username: "root" } });
  });

  it("refuses creation to an operator (403) and a bad body with 422 naming the fields", async () => {
    expect((await createSource({ name: "x", connection: { type: "redis", addresses: ["127.0.0.1:6379"] } }, operator)).status).toBe(403);
    const bad = await createSource({ name: "x y", connection: { type: "mysql", jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test?allowLoadLocalInfile=true", username: "root" } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining(["name", "connection.jdbcUrl"]));
    const badType = await createSource({ name: "x", connection: { type: "ftp" } });
    expect(badType.body.error.issues?.[0]?.path).toBe("connection.type");
  });

  it("answers the data service's refusals as field errors: a taken name (409) and a Content it rejects (422)", async () => {
    const duplicate = await createSource({ name: "closed_mysql", connection: { type: "mysql", jdbcUrl: `jdbc:mysql://127.0.0.1:${closedPort}/test`, username: "root" } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.issues?.[0]?.path).toBe("name");
    const oracle = await createSource({ name: "oracle_odd", connection: { type: "oracle", jdbcUrl: "jdbc:oracle:thin:@127.0.0.1:1521/a/b", username: "system" } });
    expect(oracle.status).toBe(422);
    expect(oracle.body.error.issues?.[0]?.path).toBe("connection");
  });

  it("tests a closed port as Unreachable, failing at the TCP connect step with advice; viewers may not test", async () => {
    expect((await test(closedId, viewer)).status).toBe(403);
    const { status, body } = await test(closedId);
    expect(status).toBe(200);
    const run = body.data.run;
    expect(run.state).toBe("Unreachable");
    const failed = run.targets[0]!.steps.find((step) => step.outcome === "failed");
    expect(failed).toMatchObject({ code: "tcp_connect", inferred: false });
    expect(failed?.advice).toBeTruthy();
    expect(run.targets[0]!.steps.every((step) => step.durationMs !== null)).toBe(true);
  });

  it("refuses a test without a resource group, naming the field", async () => {
    const response = await readResponse<ErrorBody>(await POST_TEST(testRequest(`${base()}/data-sources/${closedId}/test`, { body: {}, as: operator }), sourceParams(closedId)));
    expect(response.status).toBe(422);
    expect(response.body.error.issues?.[0]?.path).toBe("resourceGroupId");
  });

  it.skipIf(!hasMariaDb)("finds a wrong password at the login step, and passes once the password is fixed", async () => {
    const created = await createSource({ name: "mariadb_wrong_password", connection: { type: "mysql", jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: WRONG_PASSWORD } });
    const id = created.body.data.dataSourceId;
    const before = await test(id);
    expect(before.body.data.run.state).toBe("ConfigError");
    expect(before.body.data.run.targets[0]!.steps.find((step) => step.outcome === "failed")?.code).toBe("protocol_login");

    // An empty password keeps the stored (wrong) one; null says "no password" (root has none here).
    const kept = await readResponse(await PUT(testRequest(`${base()}/data-sources/${id}`, { method: "PUT", body: { connection: { type: "mysql", jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: "" } }, as: admin }), sourceParams(id)));
    expect(kept.status).toBe(200);
    expect((await test(id)).body.data.run.state).toBe("ConfigError");
    const fixed = await readResponse(await PUT(testRequest(`${base()}/data-sources/${id}`, { method: "PUT", body: { connection: { type: "mysql", jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: null } }, as: admin }), sourceParams(id)));
    expect(fixed.status).toBe(200);
    const after = await test(id);
    expect(after.body.data.run.state).toBe("Connectable");
    expect(after.body.data.run.targets[0]!.steps.every((step) => step.outcome === "passed" || step.outcome === "skipped")).toBe(true);

    const pair = await readResponse<Data<TPairTestResult>>(await POST_PAIR(testRequest(`${base()}/pair-tests`, { body: { sourceId: id, destinationId: closedId, resourceGroupId: groupId }, as: operator }), workspaceParams()));
    expect(pair.status).toBe(200);
    expect(pair.body.data.run.state).toBe("Unreachable");
    expect(pair.body.data.run.targets.map((target) => [target.role, target.state])).toEqual([
      ["source", "Connectable"],
      ["destination", "Unreachable"],
    ]);

    const history = await readResponse<Data<TConnectivityHistory>>(await GET_HISTORY(testRequest(`${base()}/data-sources/${id}/history`, { as: viewer }), sourceParams(id)));
    expect(history.body.data.items.map((item) => item.state)).toEqual(expect.arrayContaining(["ConfigError", "Connectable"]));
    expect(history.body.data.items.at(-1)?.state).toBe("Connectable");
    expect(history.body.data.items[0]?.failedStep).toBeTruthy();
  });

  it("tests every chosen data source from every chosen group in one batch", async () => {
    const groups = (await readResponse<Data<TResourceGroupList>>(await GET_GROUPS(testRequest(`${base()}/resource-groups`, { as: viewer }), workspaceParams()))).body.data.items;
    const { status, body } = await readResponse<Data<TBatchTestResult>>(
      await POST_BATCH(testRequest(`${base()}/batch-tests`, { body: { dataSourceIds: [closedId], resourceGroupIds: groups.map((group) => group.resourceGroupId) }, as: operator }), workspaceParams()),
    );
    expect(status).toBe(200);
    expect(body.data.results).toHaveLength(groups.length);
    expect(body.data.results.every((result) => result.run.state === "Unreachable")).toBe(true);
  });

  it("never returns or audits a password, and deletes (admin; audited)", async () => {
    expect((await DELETE(testRequest(`${base()}/data-sources/${closedId}`, { method: "DELETE", as: operator }), sourceParams(closedId))).status).toBe(403);
    expect((await DELETE(testRequest(`${base()}/data-sources/${closedId}`, { method: "DELETE", as: admin }), sourceParams(closedId))).status).toBe(200);
    const audits = await (await getConsoleDb()).auditRecord.findMany({ where: { action: { startsWith: "connectivity." } } });
    expect(audits.map((audit) => audit.action)).toEqual(expect.arrayContaining(["connectivity.data-source-create", "connectivity.test", "connectivity.test-batch", "connectivity.data-source-delete"]));
    expect(JSON.stringify(audits)).not.toContain(WRONG_PASSWORD);
    const list = await GET(testRequest(`${base()}/data-sources`, { as: viewer }), workspaceParams());
    const text = await list.text();
    expect(text).not.toContain(WRONG_PASSWORD);
    expect((JSON.parse(text) as Data<TDataSourceList>).data.items.some((item) => item.dataSourceId === closedId)).toBe(false);
  });
});
