import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDataService, TDataServiceTestResult } from "@/lib/contracts/data-services";
import type { TProjectList } from "@/lib/contracts/projects";
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
import { DELETE, GET as GET_ONE, PATCH } from "./[serviceId]/route";
import { GET as GET_PROJECTS } from "./[serviceId]/projects/route";
import { POST as POST_TEST } from "./[serviceId]/test/route";
import { GET, POST } from "./route";

type Data<T> = { data: T };
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

let consoleDb: TTestConsoleDb;
let engine: TTestEngine;
let admin: TTestActor;
let operator: TTestActor;
let viewer: TTestActor;

beforeAll(async () => {
  consoleDb = await createTestConsoleDb();
  engine = await startTestEngine({ demo: true, startTimeoutMs: 150_000 });
  admin = await createTestActor("admin");
  operator = await createTestActor("operator");
  viewer = await createTestActor("viewer");
}, 180_000);

afterAll(async () => {
  await engine?.stop();
  await consoleDb?.close();
});

function serviceBody(overrides: Record<string, unknown> = {}) {
  return { name: "Engine under test", endpoint: engine.url, region: "cn-local", accessKeyId: engine.accessKeyId, accessKeySecret: engine.accessKeySecret, ...overrides };
}

async function auditRows(action: string) {
  const db = await getConsoleDb();
  return db.auditRecord.findMany({ where: { action }, orderBy: { id: "asc" } });
}

/** The raw JSON text, so that a secret hiding anywhere (any field, any nesting) is caught. */
async function rawText(response: Response): Promise<{ status: number; text: string }> {
  return { status: response.status, text: await response.text() };
}

describe("data-service routes", () => {
  let createdId: number;

  it("refuses an endpoint that is not an http(s) URL with 422 naming the field", async () => {
    const response = await POST(testRequest("/api/data-services", { as: admin, body: serviceBody({ endpoint: "ftp://example.com" }) }));
    const { status, body } = await readResponse<ErrorBody>(response);
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.issues?.map((issue) => issue.path)).toContain("endpoint");
  });

  it("requires a region", async () => {
    const { status, body } = await readResponse<ErrorBody>(await POST(testRequest("/api/data-services", { as: admin, body: serviceBody({ region: "" }) })));
    expect(status).toBe(422);
    expect(body.error.issues?.map((issue) => issue.path)).toEqual(["region"]);
  });

  it.each(["operator", "viewer"] as const)("refuses to let an %s add a data service", async (role) => {
    const actor = role === "operator" ? operator : viewer;
    const { status, body } = await readResponse<ErrorBody>(await POST(testRequest("/api/data-services", { as: actor, body: serviceBody({ name: `by ${role}` }) })));
    expect(status).toBe(403);
    expect(body.error.code).toBe("FORBIDDEN");
    const db = await getConsoleDb();
    expect(await db.dataService.count({ where: { name: `by ${role}` } })).toBe(0);
  });

  it("refuses a cross-origin create", async () => {
    const response = await POST(testRequest("/api/data-services", { as: admin, origin: "http://evil.example", body: serviceBody({ name: "cross" }) }));
    expect(response.status).toBe(403);
  });

  it("creates a data service, seals the secret, never returns it, and audits the creation", async () => {
    const { status, text } = await rawText(await POST(testRequest("/api/data-services", { as: admin, body: serviceBody() })));
    expect(status).toBe(201);
    expect(text).not.toContain(engine.accessKeySecret);
    const created = (JSON.parse(text) as Data<TDataService>).data;
    expect(created).toMatchObject({ name: "Engine under test", endpoint: engine.url, hasSecret: true, isEmbedded: false });
    createdId = created.id;

    const db = await getConsoleDb();
    const row = await db.dataService.findUniqueOrThrow({ where: { id: createdId } });
    expect(row.accessKeySecretCiphertext).not.toContain(engine.accessKeySecret);
    expect(row.accessKeySecretCiphertext.startsWith("v1.")).toBe(true);

    const [audit] = await auditRows("data-services.create");
    expect(audit).toMatchObject({ actorName: admin.username, result: "ok", targetIds: JSON.stringify([String(createdId)]) });
    expect(audit?.details).not.toContain(engine.accessKeySecret);
  });

  it("lists data services to a viewer without secrets or ciphertexts", async () => {
    const { status, text } = await rawText(await GET(testRequest("/api/data-services", { as: viewer })));
    expect(status).toBe(200);
    expect(text).not.toContain(engine.accessKeySecret);
    expect(text).not.toContain("ciphertext");
    expect(text).not.toMatch(/"v1\./);
    const items = (JSON.parse(text) as Data<{ items: TDataService[] }>).data.items;
    expect(items.map((item) => item.id)).toContain(createdId);
  });

  it("answers 401 without a session", async () => {
    expect((await GET(testRequest("/api/data-services"))).status).toBe(401);
  });

  it("refuses a second data service with the same name with 409 on the name field, and audits the refusal", async () => {
    const { status, body } = await readResponse<ErrorBody>(await POST(testRequest("/api/data-services", { as: admin, body: serviceBody() })));
    expect(status).toBe(409);
    expect(body.error.issues?.[0]?.path).toBe("name");
    expect((await auditRows("data-services.create")).map((row) => row.result)).toEqual(["ok", "refused"]);
  });

  it("tests a data service with a wrong secret: reachable, signature refused, projects skipped", async () => {
    const patch = await PATCH(
      testRequest(`/api/data-services/${createdId}`, { method: "PATCH", as: admin, body: { accessKeySecret: "definitely-wrong-secret" } }),
      routeParams({ serviceId: String(createdId) }),
    );
    const patched = await rawText(patch);
    expect(patched.status).toBe(200);
    expect(patched.text).not.toContain("definitely-wrong-secret");
    const [updateAudit] = await auditRows("data-services.update");
    expect(JSON.parse(updateAudit?.details ?? "{}")).toMatchObject({ changedFields: ["accessKeySecret"] });
    expect(updateAudit?.details).not.toContain("definitely-wrong-secret");

    const { status, body } = await readResponse<Data<TDataServiceTestResult>>(
      await POST_TEST(testRequest(`/api/data-services/${createdId}/test`, { method: "POST", as: admin }), routeParams({ serviceId: String(createdId) })),
    );
    expect(status).toBe(200);
    expect(body.data.status).toBe("failed");
    expect(body.data.steps.map((step) => step.status)).toEqual(["ok", "failed", "skipped"]);
  });

  it("tests a data service with the right secret: every step passes, the project count and the result are recorded", async () => {
    await PATCH(
      testRequest(`/api/data-services/${createdId}`, { method: "PATCH", as: admin, body: { accessKeySecret: engine.accessKeySecret } }),
      routeParams({ serviceId: String(createdId) }),
    );
    const { status, text } = await rawText(
      await POST_TEST(testRequest(`/api/data-services/${createdId}/test`, { method: "POST", as: admin }), routeParams({ serviceId: String(createdId) })),
    );
    expect(status).toBe(200);
    expect(text).not.toContain(engine.accessKeySecret);
    const result = (JSON.parse(text) as Data<TDataServiceTestResult>).data;
    expect(result.status).toBe("ok");
    expect(result.steps.map((step) => step.status)).toEqual(["ok", "ok", "ok"]);
    expect(result.projectCount).toBeGreaterThan(0);
    expect(result.engine).toBeNull();

    const one = await readResponse<Data<TDataService>>(await GET_ONE(testRequest(`/api/data-services/${createdId}`, { as: viewer }), routeParams({ serviceId: String(createdId) })));
    expect(one.body.data.lastTestStatus).toBe("ok");
    expect((await auditRows("data-services.test")).map((row) => row.result)).toEqual(["failed", "ok"]);
  });

  it("reports an endpoint nothing listens on as unreachable", async () => {
    const port = await findFreeLoopbackPort();
    const created = await readResponse<Data<TDataService>>(
      await POST(testRequest("/api/data-services", { as: admin, body: serviceBody({ name: "Closed port", endpoint: `http://127.0.0.1:${port}` }) })),
    );
    const id = String(created.body.data.id);
    const { body } = await readResponse<Data<TDataServiceTestResult>>(await POST_TEST(testRequest(`/api/data-services/${id}/test`, { method: "POST", as: admin }), routeParams({ serviceId: id })));
    expect(body.data.steps.map((step) => step.status)).toEqual(["failed", "skipped", "skipped"]);
    expect(body.data.error?.code).toBe("UPSTREAM_UNREACHABLE");
  });

  it("refuses a test by an operator", async () => {
    const response = await POST_TEST(testRequest(`/api/data-services/${createdId}/test`, { method: "POST", as: operator }), routeParams({ serviceId: String(createdId) }));
    expect(response.status).toBe(403);
  });

  it("lists the service's projects with the time zone the engine names", async () => {
    const { status, body } = await readResponse<Data<TProjectList>>(
      await GET_PROJECTS(testRequest(`/api/data-services/${createdId}/projects`, { as: viewer }), routeParams({ serviceId: String(createdId) })),
    );
    expect(status).toBe(200);
    expect(body.data.items.length).toBeGreaterThan(0);
    const [first] = body.data.items;
    expect(first?.projectId).toMatch(/^\d+$/);
    expect(first?.timezoneSource).toBe("upstream");
    expect(() => new Intl.DateTimeFormat("en", { timeZone: first?.timezone })).not.toThrow();
  });

  it("answers 404 for the projects of an unknown data service", async () => {
    const response = await GET_PROJECTS(testRequest("/api/data-services/999999/projects", { as: viewer }), routeParams({ serviceId: "999999" }));
    expect(response.status).toBe(404);
  });

  it("refuses to delete the embedded engine's data service, and audits the refusal", async () => {
    const embeddedId = String(await createTestDataService(engine, { name: "Embedded under test" }));
    const response = await DELETE(testRequest(`/api/data-services/${embeddedId}`, { method: "DELETE", as: admin }), routeParams({ serviceId: embeddedId }));
    expect(response.status).toBe(409);
    const [audit] = await auditRows("data-services.delete");
    expect(audit).toMatchObject({ result: "refused", targetIds: JSON.stringify([embeddedId]) });
  });

  it("refuses to change the embedded engine's endpoint", async () => {
    const db = await getConsoleDb();
    const embedded = await db.dataService.findFirstOrThrow({ where: { isEmbedded: true } });
    const response = await PATCH(
      testRequest(`/api/data-services/${embedded.id}`, { method: "PATCH", as: admin, body: { endpoint: "http://127.0.0.1:1" } }),
      routeParams({ serviceId: String(embedded.id) }),
    );
    const { status, body } = await readResponse<ErrorBody>(response);
    expect(status).toBe(409);
    expect(body.error.issues?.[0]?.path).toBe("endpoint");
  });

  it("deletes a data service, audits it, and then answers 404 for it", async () => {
    const response = await DELETE(testRequest(`/api/data-services/${createdId}`, { method: "DELETE", as: admin }), routeParams({ serviceId: String(createdId) }));
    expect(response.status).toBe(200);
    expect((await auditRows("data-services.delete")).at(-1)).toMatchObject({ result: "ok", actorName: admin.username });
    const after = await GET_ONE(testRequest(`/api/data-services/${createdId}`, { as: viewer }), routeParams({ serviceId: String(createdId) }));
    expect(after.status).toBe(404);
  });

  it("validates the service id in the path", async () => {
    const response = await GET_ONE(testRequest("/api/data-services/abc", { as: viewer }), routeParams({ serviceId: "abc" }));
    const { status, body } = await readResponse<ErrorBody>(response);
    expect(status).toBe(422);
    expect(body.error.issues?.[0]?.path).toBe("serviceId");
  });
});
