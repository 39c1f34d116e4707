import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createTestConsoleDb, type TTestConsoleDb } from "@/lib/testing/test-console-db";
import { createTestActor, readResponse, routeParams, testRequest, type TTestActor } from "@/lib/testing/test-requests";
import { ApiError } from "./api-error";
import { MAX_JSON_BODY_BYTES, withRoute } from "./with-route";

let testDb: TTestConsoleDb;
let viewer: TTestActor;
let operator: TTestActor;

beforeAll(async () => {
  testDb = await createTestConsoleDb();
  viewer = await createTestActor("viewer");
  operator = await createTestActor("operator");
});
afterAll(() => testDb.close());

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[]; requestId: string } };

const echo = withRoute({
  auth: "operator",
  schemas: {
    params: z.object({ instanceId: z.string().regex(/^\d+$/) }),
    query: z.object({ dryRun: z.enum(["0", "1"]).default("0") }),
    body: z.object({ reason: z.string().min(1, "say why"), ids: z.array(z.string()).min(1) }).strict(),
    response: z.object({ instanceId: z.string(), count: z.number(), by: z.string() }),
  },
  handler: async ({ params, body, actor }) => ({ instanceId: params.instanceId, count: body.ids.length, by: actor.username, secret: "dropped" }),
});

const read = withRoute({ auth: "viewer", handler: async ({ actor }) => ({ who: actor.username }) });

describe("withRoute", () => {
  it("answers { data } shaped by the response schema (unknown keys dropped)", async () => {
    const response = await echo(testRequest("/api/x/1?dryRun=1", { as: operator, body: { reason: "fix", ids: ["1", "2"] } }), routeParams({ instanceId: "42" }));
    const { status, body, headers } = await readResponse<{ data: Record<string, unknown> }>(response);
    expect(status).toBe(200);
    expect(body.data).toEqual({ instanceId: "42", count: 2, by: operator.username });
    expect(headers.get("cache-control")).toBe("no-store");
  });

  it("answers 422 naming the invalid field", async () => {
    const response = await echo(testRequest("/api/x/1", { as: operator, body: { reason: "", ids: ["1"] } }), routeParams({ instanceId: "42" }));
    const { status, body } = await readResponse<ErrorBody>(response);
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.issues).toEqual([{ path: "reason", message: "say why" }]);
    expect(body.error.requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it("answers 422 for invalid params and for a body that is not JSON", async () => {
    const badParams = await readResponse<ErrorBody>(await echo(testRequest("/api/x/a", { as: operator, body: { reason: "r", ids: ["1"] } }), routeParams({ instanceId: "abc" })));
    expect(badParams.status).toBe(422);
    expect(badParams.body.error.issues?.[0]?.path).toBe("instanceId");
    const notJson = await readResponse<ErrorBody>(await echo(testRequest("/api/x/1", { as: operator, body: "{nope" }), routeParams({ instanceId: "1" })));
    expect(notJson.status).toBe(422);
    expect(notJson.body.error.message).toMatch(/not valid JSON/);
  });

  it("refuses a body over the limit with 413", async () => {
    const huge = { reason: "x".repeat(MAX_JSON_BODY_BYTES + 10), ids: ["1"] };
    const { status } = await readResponse(await echo(testRequest("/api/x/1", { as: operator, body: huge }), routeParams({ instanceId: "1" })));
    expect(status).toBe(413);
  });

  it("answers 401 without a session", async () => {
    const { status, body } = await readResponse<ErrorBody>(await read(testRequest("/api/read")));
    expect(status).toBe(401);
    expect(body.error.code).toBe("UNAUTHENTICATED");
  });

  it("answers 401 for a cookie that names no live session", async () => {
    const { status } = await readResponse(await read(testRequest("/api/read", { as: "ns_session=forged" })));
    expect(status).toBe(401);
  });

  it("answers 403 for a viewer on an operator route", async () => {
    const response = await echo(testRequest("/api/x/1", { as: viewer, body: { reason: "r", ids: ["1"] } }), routeParams({ instanceId: "1" }));
    const { status, body } = await readResponse<ErrorBody>(response);
    expect(status).toBe(403);
    expect(body.error.code).toBe("FORBIDDEN");
  });

  it("lets a viewer read a viewer route", async () => {
    const { status, body } = await readResponse<{ data: { who: string } }>(await read(testRequest("/api/read", { as: viewer })));
    expect(status).toBe(200);
    expect(body.data.who).toBe(viewer.username);
  });

  it("answers 403 BAD_ORIGIN for a cross-origin POST, even with a valid session", async () => {
    const request = testRequest("/api/x/1", { as: operator, body: { reason: "r", ids: ["1"] }, origin: "https://evil.example" });
    const { status, body } = await readResponse<ErrorBody>(await echo(request, routeParams({ instanceId: "1" })));
    expect(status).toBe(403);
    expect(body.error.code).toBe("BAD_ORIGIN");
  });

  it("refuses a POST without Origin unless the browser marks it same-origin", async () => {
    const bare = testRequest("/api/x/1", { as: operator, body: { reason: "r", ids: ["1"] }, origin: null });
    expect((await echo(bare, routeParams({ instanceId: "1" }))).status).toBe(403);
    const marked = testRequest("/api/x/1", { as: operator, body: { reason: "r", ids: ["1"] }, origin: null, headers: { "sec-fetch-site": "same-origin" } });
    expect((await echo(marked, routeParams({ instanceId: "1" }))).status).toBe(200);
  });

  it("answers an ApiError with its own code, status and message", async () => {
    const refusing = withRoute({
      auth: "viewer",
      handler: async () => {
        throw new ApiError("REFUSED_BY_STATE", "The instance is running; stop it first.");
      },
    });
    const { status, body } = await readResponse<ErrorBody>(await refusing(testRequest("/api/y", { as: viewer })));
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: "REFUSED_BY_STATE", message: "The instance is running; stop it first." });
  });

  it("answers 500 with a generic message and a request id, hiding the thrown message", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failing = withRoute({
      auth: "viewer",
      handler: async () => {
        throw new Error("password=hunter2 at db.internal:5432");
      },
    });
    const response = await failing(testRequest("/api/z", { as: viewer }));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toContain("hunter2");
    const body = JSON.parse(text) as ErrorBody;
    expect(body.error.code).toBe("INTERNAL");
    expect(response.headers.get("x-request-id")).toBe(body.error.requestId);
    expect(logged.mock.calls.flat().join(" ")).toContain(body.error.requestId);
    logged.mockRestore();
  });

  it("answers 500 when the handler's answer breaks the response schema", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const wrong = withRoute({ auth: "viewer", schemas: { response: z.object({ n: z.number() }) }, handler: async () => ({ n: "one" as unknown as number }) });
    expect((await wrong(testRequest("/api/w", { as: viewer }))).status).toBe(500);
    logged.mockRestore();
  });

  it("parses repeated query keys as arrays", async () => {
    const listing = withRoute({
      auth: "viewer",
      schemas: { query: z.object({ status: z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v])) }) },
      handler: async ({ query }) => query.status,
    });
    const { body } = await readResponse<{ data: string[] }>(await listing(testRequest("/api/l?status=FAILURE&status=RUNNING", { as: viewer })));
    expect(body.data).toEqual(["FAILURE", "RUNNING"]);
  });
});
