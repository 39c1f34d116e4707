import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCheckResult, TCheckService, TCheckServiceList } from "@/lib/contracts/connectivity";
import { getConsoleDb } from "@/lib/server/db";
import { createTestActor, createTestConsoleDb, readResponse, routeParams, testRequest, type TTestActor, type TTestConsoleDb } from "@/lib/testing";
import { startDtsTestServer, startHuaweiTestServer, type TCloudCheckServer } from "@/lib/testing/cloud-check-servers";
import { POST as POST_CHECK } from "./[checkServiceId]/check/route";
import { DELETE, PATCH } from "./[checkServiceId]/route";
import { GET, POST } from "./route";

type Data<T> = { data: T };
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

// Check services are not tied to a workspace; the routes live under one like the rest of the page.
const SERVICE_ID = "1";
const PROJECT_ID = "10000";
const BASE = `/api/s/${SERVICE_ID}/p/${PROJECT_ID}/connectivity/check-services`;
const DTS_SECRET = "dts-route-test-secret-value";
const HUAWEI = { accessKeyId: "HWROUTETESTAK", secretAccessKey: "hw-route-test-secret-value", projectId: "0123456789abcdef0123456789abcdef" };
const DB_PASSWORD = "Db-Password-in-a-check-77";

let consoleDb: TTestConsoleDb;
let dts: TCloudCheckServer;
let huawei: TCloudCheckServer;
let viewer: TTestActor;
let operator: TTestActor;
let admin: TTestActor;

const params = () => routeParams({ serviceId: SERVICE_ID, projectId: PROJECT_ID });
const serviceParams = (id: number) => routeParams({ serviceId: SERVICE_ID, projectId: PROJECT_ID, checkServiceId: String(id) });

async function create(body: Record<string, unknown>, as: TTestActor = admin) {
  return readResponse<Data<TCheckService> & ErrorBody>(await POST(testRequest(BASE, { body, as }), params()));
}

beforeAll(async () => {
  consoleDb = await createTestConsoleDb();
  dts = await startDtsTestServer({ accessKeyId: "LTAIrouteDts", accessKeySecret: DTS_SECRET });
  huawei = await startHuaweiTestServer(HUAWEI);
  viewer = await createTestActor("viewer");
  operator = await createTestActor("operator");
  admin = await createTestActor("admin");
});

afterAll(async () => {
  await dts?.close();
  await huawei?.close();
  await consoleDb?.close();
});

describe("check service routes", () => {
  let dtsId: number;
  let dliId: number;
  let drsId: number;

  it("lets an admin add DTS, DLI and DRS services, and never answers their secrets", async () => {
    const created = await create({ name: "DTS Hangzhou", kind: "dts", endpoint: dts.url, region: "cn-hangzhou", accessKeyId: "LTAIrouteDts", accessKeySecret: DTS_SECRET });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ kind: "dts", hasSecret: true, cloudProjectId: null });
    dtsId = created.body.data.id;
    dliId = (await create({ name: "DLI Beijing", kind: "dli", endpoint: huawei.url, region: "cn-north-4", cloudProjectId: HUAWEI.projectId, accessKeyId: HUAWEI.accessKeyId, accessKeySecret: HUAWEI.secretAccessKey })).body.data.id;
    drsId = (await create({ name: "DRS Beijing", kind: "drs", endpoint: huawei.url, region: "cn-north-4", cloudProjectId: HUAWEI.projectId, accessKeyId: HUAWEI.accessKeyId, accessKeySecret: HUAWEI.secretAccessKey })).body.data.id;

    const listed = await GET(testRequest(BASE, { as: viewer }), params());
    const text = await listed.text();
    expect(listed.status).toBe(200);
    expect((JSON.parse(text) as Data<TCheckServiceList>).data.items.map((item) => item.kind)).toEqual(["dli", "drs", "dts"]);
    expect(text).not.toContain(DTS_SECRET);
    expect(text).not.toContain(HUAWEI.secretAccessKey);
    const stored = await (await getConsoleDb()).checkService.findUniqueOrThrow({ where: { id: dtsId } });
    expect(stored.accessKeySecretCiphertext).not.toContain(DTS_SECRET);
  });

  it("refuses a bad body with 422 naming each field", async () => {
    const { status, body } = await create({ name: "", kind: "drs", endpoint: "ftp://x", region: "CN", accessKeyId: "a", accessKeySecret: "b" });
    expect(status).toBe(422);
    const paths = body.error.issues?.map((issue) => issue.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["name", "endpoint", "region"]));
    const noProject = await create({ name: "DRS no project", kind: "drs", endpoint: huawei.url, region: "cn-north-4", accessKeyId: "a", accessKeySecret: "b" });
    expect(noProject.body.error.issues?.map((issue) => issue.path)).toEqual(["cloudProjectId"]);
  });

  it("refuses creation to an operator and tests to a viewer", async () => {
    const asOperator = await create({ name: "x", kind: "dts", endpoint: dts.url, region: "cn-hangzhou", accessKeyId: "a", accessKeySecret: "b" }, operator);
    expect(asOperator.status).toBe(403);
    const asViewer = await POST_CHECK(testRequest(`${BASE}/${dliId}/check`, { body: { kind: "dli", connectionId: "378eb1e6-521d-41a4-a41c-bbb58f34a6d6" }, as: viewer }), serviceParams(dliId));
    expect(asViewer.status).toBe(403);
  });

  it("runs a DTS check through the signed client and answers the unified run, without echoing the database password", async () => {
    const body = {
      kind: "dts",
      source: { instanceType: "LocalInstance", engineName: "MySQL", ip: "127.0.0.1", port: "3306", userName: "root", password: DB_PASSWORD },
      destination: { instanceType: "RDS", engineName: "PostgreSQL", instanceId: "rm-dest", databaseName: "dw", userName: "etl", password: DB_PASSWORD },
    };
    const response = await POST_CHECK(testRequest(`${BASE}/${dtsId}/check`, { body, as: operator }), serviceParams(dtsId));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain(DB_PASSWORD);
    const result = (JSON.parse(text) as Data<TCheckResult>).data;
    expect(result.run).toMatchObject({ provider: "dts.DescribeConnectionStatus", state: "Connectable" });
    expect(result.run.targets.map((target) => target.label)).toEqual(["MySQL 127.0.0.1:3306", "PostgreSQL rm-dest"]);
    expect(dts.requests.at(-1)?.signatureValid).toBe(true);
    const audit = await (await getConsoleDb()).auditRecord.findUniqueOrThrow({ where: { id: result.auditId } });
    expect(audit).toMatchObject({ action: "connectivity.check", result: "ok" });
    expect(audit.details).not.toContain(DB_PASSWORD);
  });

  it("runs DLI and DRS checks signed with the Huawei AK/SK pair", async () => {
    const dli = await readResponse<Data<TCheckResult>>(await POST_CHECK(testRequest(`${BASE}/${dliId}/check`, { body: { kind: "dli", connectionId: "378eb1e6-521d-41a4-a41c-bbb58f34a6d6" }, as: operator }), serviceParams(dliId)));
    expect(dli.status).toBe(200);
    expect(dli.body.data.run).toMatchObject({ provider: "dli.QueryDatasourceConnection", state: "InProgress", progress: 0 });
    const drsBody = { kind: "drs", jobs: [{ id: "task-1", netType: "eip", dbType: "mysql", ip: "127.0.0.1", dbPort: 3306, dbUser: "root", dbPassword: DB_PASSWORD }] };
    const drs = await POST_CHECK(testRequest(`${BASE}/${drsId}/check`, { body: drsBody, as: operator }), serviceParams(drsId));
    const text = await drs.text();
    expect(drs.status).toBe(200);
    expect(text).not.toContain(DB_PASSWORD);
    expect((JSON.parse(text) as Data<TCheckResult>).data.run).toMatchObject({ provider: "drs.BatchTestConnections", state: "Connectable" });
    expect(huawei.requests.every((request) => request.signatureValid)).toBe(true);
  });

  it("refuses a check of the wrong kind for the service, naming the field", async () => {
    const { status, body } = await readResponse<ErrorBody>(await POST_CHECK(testRequest(`${BASE}/${dtsId}/check`, { body: { kind: "dli", connectionId: "378eb1e6-521d-41a4-a41c-bbb58f34a6d6" }, as: operator }), serviceParams(dtsId)));
    expect(status).toBe(422);
    expect(body.error.issues?.[0]?.path).toBe("kind");
  });

  it("shows a refused signature as a run that could not run, with the gateway's code", async () => {
    const patched = await PATCH(testRequest(`${BASE}/${dliId}`, { method: "PATCH", body: { accessKeySecret: "not-the-right-secret" }, as: admin }), serviceParams(dliId));
    expect(patched.status).toBe(200);
    const { body } = await readResponse<Data<TCheckResult>>(await POST_CHECK(testRequest(`${BASE}/${dliId}/check`, { body: { kind: "dli", connectionId: "378eb1e6-521d-41a4-a41c-bbb58f34a6d6" }, as: operator }), serviceParams(dliId)));
    expect(body.data.run).toMatchObject({ state: "Unsupport", apiError: { httpStatus: 401, code: "APIGW.0301" } });
  });

  it("deletes a service (admin; audited)", async () => {
    const response = await DELETE(testRequest(`${BASE}/${drsId}`, { method: "DELETE", as: admin }), serviceParams(drsId));
    expect(response.status).toBe(200);
    const audits = await (await getConsoleDb()).auditRecord.findMany({ where: { action: { startsWith: "connectivity.check-service" } } });
    expect(audits.map((audit) => audit.action)).toEqual(expect.arrayContaining(["connectivity.check-service-create", "connectivity.check-service-update", "connectivity.check-service-delete"]));
    expect(JSON.stringify(audits)).not.toContain("not-the-right-secret");
  });
});
