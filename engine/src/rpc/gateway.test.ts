import RPCClient from "@alicloud/pop-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { EngineError } from "../model/errors";
import { EventBus } from "../model/events";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import type { ActionContext, ActionDefinition } from "./action";
import { encodeRpcQuery } from "./canonical";
import { createRpcGateway, type RpcGatewayOptions } from "./gateway";
import { zLong, zPageSize } from "./params";
import { createRpcServer, type RpcServer } from "./server";
import { createSignedRpcParameters } from "./signature";
import { sendSignedRpc, type SignedRpcCall } from "./test-client";

const KEY = { id: "LTAIgatewayTest00000000", secret: "gateway-test-secret-0123456789" };
const BIG_ID = 123124561341251321n;
const TRICKY_TEXT = "a b*c~d/e 运维中心 +&=%?#'!()";
const UUID_UPPER = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

let database: TestDatabase;
const contexts: ActionContext[] = [];

function defineTestAction<Schema extends z.ZodType>(action: ActionDefinition<Schema>): ActionDefinition<Schema> {
  return action;
}

const testActions = [
  defineTestAction({
    name: "Echo",
    level: 1,
    envelope: "standard",
    params: z.object({ Text: z.string(), Id: zLong.optional() }),
    handler: async (params, context) => {
      contexts.push(context);
      return { Text: params.Text, Id: params.Id ?? BIG_ID, Region: context.region };
    },
  }),
  defineTestAction({
    name: "Bare",
    level: 1,
    envelope: "bare",
    params: z.object({}),
    handler: async () => ({ PageResult: { PageNumber: 1, TotalCount: 1, ProjectList: [{ ProjectId: BIG_ID }] } }),
  }),
  defineTestAction({ name: "Ack", level: 2, envelope: "success", params: z.object({}), handler: async () => ({}) }),
  defineTestAction({
    name: "Typed",
    level: 1,
    envelope: "standard",
    params: z.object({ InstanceId: zLong, PageSize: zPageSize }).strict(),
    handler: async (params) => ({ InstanceId: params.InstanceId, PageSize: params.PageSize }),
  }),
  defineTestAction({
    name: "Fail",
    level: 1,
    envelope: "standard",
    params: z.object({}),
    handler: async () => {
      throw new EngineError("Invalid.Instance.NotExists", "The instance does not exist.", 404);
    },
  }),
  defineTestAction({
    name: "Crash",
    level: 1,
    envelope: "standard",
    params: z.object({}),
    handler: async () => {
      throw new Error("connection to db failed: password hunter2");
    },
  }),
  defineTestAction({
    name: "Keys",
    level: 1,
    envelope: "standard",
    params: z.record(z.string(), z.string()),
    handler: async (params) => Object.keys(params).sort(),
  }),
  defineTestAction({ name: "Heavy", level: 3, envelope: "standard", params: z.object({}), handler: async () => true }),
];

type Engine = { server: RpcServer; url: string; errors: { message: string; error: unknown }[]; clock: { now(): number; advance(ms: number): void } };
const engines: Engine[] = [];

async function startEngine(overrides: Partial<RpcGatewayOptions> & { startAt?: number } = {}): Promise<Engine> {
  let now = overrides.startAt ?? Date.now();
  const clock = { now: () => now, advance: (ms: number) => void (now += ms) };
  const errors: Engine["errors"] = [];
  const gateway = createRpcGateway({
    db: database,
    events: new EventBus(),
    accessKeys: [KEY],
    actions: testActions,
    region: "cn-local",
    clock,
    logError: (message, error) => errors.push({ message, error }),
    ...overrides,
  });
  const server = createRpcServer({ host: "127.0.0.1", port: 0, gateway });
  await server.listen();
  const engine = { server, url: server.url(), errors, clock };
  engines.push(engine);
  return engine;
}

function popClient(engine: Engine, overrides: { accessKeyId?: string; accessKeySecret?: string; apiVersion?: string } = {}) {
  return new RPCClient({ endpoint: engine.url, apiVersion: "2020-05-18", accessKeyId: KEY.id, accessKeySecret: KEY.secret, ...overrides });
}

function send(engine: Engine, call: Omit<SignedRpcCall, "accessKeyId" | "accessKeySecret"> & Partial<Pick<SignedRpcCall, "accessKeyId" | "accessKeySecret">>) {
  return sendSignedRpc(engine.url, { accessKeyId: KEY.id, accessKeySecret: KEY.secret, now: engine.clock.now(), ...call });
}

type PopError = Error & { code?: string; data?: Record<string, unknown> };

async function popFailure(request: Promise<unknown>): Promise<PopError> {
  try {
    await request;
  } catch (error) {
    return error as PopError;
  }
  throw new Error("expected pop-core to throw");
}

beforeAll(async () => {
  database = await createTestDatabase("sqlite");
});

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.server.close()));
  contexts.length = 0;
});

afterAll(async () => {
  await database.drop();
});

describe("successful calls through pop-core", () => {
  it.each(["GET", "POST"] as const)("wraps a standard action's result in the DataWorks envelope (%s)", async (method) => {
    const engine = await startEngine();
    const answer = await popClient(engine).request<Record<string, unknown>>("Echo", { Text: "hello" }, { method });
    expect(answer).toMatchObject({ HttpStatusCode: 200, Success: true, Data: { Text: "hello", Region: "cn-local" } });
    expect(answer.RequestId).toMatch(UUID_UPPER);
  });

  it.each(["GET", "POST"] as const)("carries tricky characters in both directions unchanged (%s)", async (method) => {
    const engine = await startEngine();
    const answer = await popClient(engine).request<{ Data: { Text: string } }>("Echo", { Text: TRICKY_TEXT }, { method });
    expect(answer.Data.Text).toBe(TRICKY_TEXT);
  });

  it.each(["GET", "POST"] as const)("merges a bare action's fields next to RequestId only (%s)", async (method) => {
    const engine = await startEngine();
    const answer = await popClient(engine).request<Record<string, unknown>>("Bare", {}, { method });
    expect(Object.keys(answer).sort()).toEqual(["PageResult", "RequestId"]);
    expect(answer.PageResult).toMatchObject({ PageNumber: 1, TotalCount: 1 });
  });

  it.each(["GET", "POST"] as const)("answers a success action with RequestId and Success only (%s)", async (method) => {
    const engine = await startEngine();
    const answer = await popClient(engine).request<Record<string, unknown>>("Ack", {}, { method });
    expect(Object.keys(answer).sort()).toEqual(["RequestId", "Success"]);
    expect(answer.Success).toBe(true);
  });

  it("hands the handler the database, the caller's key, the RequestId, the clock's time and the region given", async () => {
    const engine = await startEngine({ startAt: Date.UTC(2024, 0, 1, 8, 0, 0) });
    const answer = await send(engine, { action: "Echo", params: { Text: "x", RegionId: "cn-shanghai" } });
    expect(answer.status).toBe(200);
    const context = contexts[0];
    expect(context?.db).toBe(database);
    expect(context).toMatchObject({ accessKeyId: KEY.id, requestId: answer.body.RequestId, now: Date.UTC(2024, 0, 1, 8, 0, 0), region: "cn-shanghai" });
    expect(answer.headers.get("x-acs-request-id")).toBe(answer.body.RequestId);
  });

  it("ignores request parameters an action does not declare, even with a strict schema", async () => {
    const engine = await startEngine();
    const answer = await popClient(engine).request<{ Data: unknown }>("Typed", { InstanceId: "7", PageSize: "20", Unknown: "1" }, {});
    expect(answer.Data).toEqual({ InstanceId: 7, PageSize: 20 });
  });

  it("gives a schema that is not an object every parameter except the protocol's, RegionId included", async () => {
    const engine = await startEngine();
    const answer = await popClient(engine).request<{ Data: string[] }>("Keys", { RegionId: "cn-local", Extra: "1" }, {});
    expect(answer.Data).toEqual(["Extra", "RegionId"]);
  });
});

describe("64-bit IDs", () => {
  it("writes an ID above 2^53 as an exact integer in the raw body", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Echo", params: { Text: "x", Id: "9223372036854775807" } });
    expect(answer.text).toContain('"Id":9223372036854775807');
    const bare = await send(engine, { action: "Bare" });
    expect(bare.text).toContain(`"ProjectId":${BIG_ID}`);
  });

  it("reaches pop-core's big-number parser without losing a digit", async () => {
    const engine = await startEngine();
    const answer = await popClient(engine).request<{ Data: { Id: { toString(): string } } }>("Echo", { Text: "x" }, {});
    expect(answer.Data.Id.toString()).toBe(BIG_ID.toString());
  });
});

describe("authentication errors", () => {
  it("refuses a wrong secret with SignatureDoesNotMatch and the server's string to sign, never the secret", async () => {
    const engine = await startEngine();
    const error = await popFailure(popClient(engine, { accessKeySecret: "not-the-secret" }).request("Echo", { Text: "x" }, {}));
    expect(error.code).toBe("SignatureDoesNotMatch");
    const answer = await send(engine, { action: "Echo", params: { Text: "x" }, accessKeySecret: "not-the-secret" });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ Code: "SignatureDoesNotMatch", HostId: new URL(engine.url).host, RequestId: expect.stringMatching(UUID_UPPER) });
    expect(answer.body.Message).toContain("GET&%2F&AccessKeyId%3D");
    expect(answer.text).not.toContain(KEY.secret);
    expect(answer.body.Recommend).toBe(
      `https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=dataworks-public&requestId=${String(answer.body.RequestId)}`,
    );
  });

  it("refuses a request whose parameters were changed after signing", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Echo", params: { Text: "x" }, alter: (signed) => ({ ...signed, Text: "y" }) });
    expect(answer.body.Code).toBe("SignatureDoesNotMatch");
  });

  it("refuses a GET signature replayed as a POST", async () => {
    const engine = await startEngine();
    const signed = createSignedRpcParameters({ method: "GET", action: "Echo", params: { Text: "x" }, accessKeyId: KEY.id, accessKeySecret: KEY.secret });
    const response = await fetch(`${engine.url}/`, {
      method: "POST",
      body: encodeRpcQuery(signed),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { Code: string }).Code).toBe("SignatureDoesNotMatch");
  });

  it("answers an unknown AccessKey ID with 404 InvalidAccessKeyId.NotFound", async () => {
    const engine = await startEngine();
    const error = await popFailure(popClient(engine, { accessKeyId: "LTAIunknown0000000000000" }).request("Echo", { Text: "x" }, {}));
    expect(error.code).toBe("InvalidAccessKeyId.NotFound");
    const answer = await send(engine, { action: "Echo", params: { Text: "x" }, accessKeyId: "LTAIunknown0000000000000" });
    expect(answer.status).toBe(404);
  });

  it("refuses a replayed nonce with SignatureNonceUsed", async () => {
    const engine = await startEngine();
    const signed = createSignedRpcParameters({ method: "GET", action: "Echo", params: { Text: "x" }, accessKeyId: KEY.id, accessKeySecret: KEY.secret, now: engine.clock.now() });
    const first = await fetch(`${engine.url}/?${encodeRpcQuery(signed)}`);
    const replay = await fetch(`${engine.url}/?${encodeRpcQuery(signed)}`);
    expect(first.status).toBe(200);
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { Code: string }).Code).toBe("SignatureNonceUsed");
  });

  it("tells a key that floods the nonce cache to slow down with Throttling.User", async () => {
    const engine = await startEngine({ nonceCacheMaxPerKey: 2 });
    expect((await send(engine, { action: "Echo", params: { Text: "x" } })).status).toBe(200);
    expect((await send(engine, { action: "Echo", params: { Text: "x" } })).status).toBe(200);
    const flooded = await send(engine, { action: "Echo", params: { Text: "x" } });
    expect(flooded.status).toBe(429);
    expect(flooded.body.Code).toBe("Throttling.User");
  });

  it.each([
    ["past", -901_000],
    ["future", 901_000],
  ])("refuses a Timestamp more than the skew window in the %s with InvalidTimeStamp.Expired", async (_, offsetMs) => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Echo", params: { Text: "x" }, now: engine.clock.now() + offsetMs });
    expect(answer.status).toBe(400);
    expect(answer.body.Code).toBe("InvalidTimeStamp.Expired");
  });

  it("accepts a Timestamp just inside a configured skew window", async () => {
    const engine = await startEngine({ maxSkewSeconds: 60, startAt: Date.UTC(2024, 0, 1, 0, 0, 30) });
    expect((await send(engine, { action: "Echo", params: { Text: "x" }, now: Date.UTC(2024, 0, 1, 0, 1, 30) })).status).toBe(200);
    expect((await send(engine, { action: "Echo", params: { Text: "x" }, now: Date.UTC(2024, 0, 1, 0, 1, 31) })).body.Code).toBe("InvalidTimeStamp.Expired");
  });

  it.each(["2024-01-01 00:00:00", "2024-01-01T00:00:00.000Z", "2024-02-30T00:00:00Z", "1704067200"])(
    "refuses the malformed Timestamp %j with InvalidTimeStamp.Format",
    async (timestamp) => {
      const engine = await startEngine();
      const answer = await send(engine, { action: "Echo", params: { Text: "x", Timestamp: timestamp } });
      expect(answer.status).toBe(400);
      expect(answer.body.Code).toBe("InvalidTimeStamp.Format");
    },
  );
});

describe("common parameter errors", () => {
  it("refuses another API version with InvalidVersion", async () => {
    const engine = await startEngine();
    const error = await popFailure(popClient(engine, { apiVersion: "2014-05-26" }).request("Echo", { Text: "x" }, {}));
    expect(error.code).toBe("InvalidVersion");
    expect(error.data?.Message).toContain("2020-05-18");
  });

  it("answers a missing Signature with MissingSignature", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Echo", params: { Text: "x" }, alter: ({ Signature: _, ...unsigned }) => unsigned });
    expect(answer.status).toBe(400);
    expect(answer.body.Code).toBe("MissingSignature");
  });

  it.each(["SignatureNonce", "Timestamp", "AccessKeyId", "Action"])("names the missing common parameter %s", async (name) => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Echo", params: { Text: "x" }, alter: (signed) => Object.fromEntries(Object.entries(signed).filter(([key]) => key !== name)) });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ Code: "MissingParameter", Message: expect.stringContaining(`"${name}"`) });
  });

  it("refuses another signature method with IncompleteSignature", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Echo", params: { Text: "x", SignatureMethod: "HMAC-SHA256" } });
    expect(answer.body).toMatchObject({ Code: "IncompleteSignature", Message: expect.stringContaining("HMAC-SHA1") });
  });

  it("refuses Format=XML with InvalidParameter and accepts json in any case", async () => {
    const engine = await startEngine();
    const xml = await send(engine, { action: "Echo", params: { Text: "x", Format: "XML" } });
    expect(xml.body).toMatchObject({ Code: "InvalidParameter", Message: expect.stringContaining('"Format"') });
    expect((await send(engine, { action: "Echo", params: { Text: "x", Format: "json" } })).status).toBe(200);
  });

  it("answers an unknown Action with 404 InvalidAction.NotFound", async () => {
    const engine = await startEngine();
    const error = await popFailure(popClient(engine).request("DescribeRegions", {}, {}));
    expect(error.code).toBe("InvalidAction.NotFound");
    expect((await send(engine, { action: "DescribeRegions" })).status).toBe(404);
  });

  it("refuses other HTTP methods with 405 UnsupportedHTTPMethod", async () => {
    const engine = await startEngine();
    const response = await fetch(`${engine.url}/`, { method: "PUT", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(((await response.json()) as { Code: string }).Code).toBe("UnsupportedHTTPMethod");
  });
});

describe("request size and shape", () => {
  it("refuses a body over 1 MiB with 413", async () => {
    const engine = await startEngine();
    const signed = createSignedRpcParameters({ method: "POST", action: "Echo", params: { Text: "x" }, accessKeyId: KEY.id, accessKeySecret: KEY.secret });
    const body = `${encodeRpcQuery(signed)}&Padding=${"p".repeat(1024 * 1024)}`;
    const response = await fetch(`${engine.url}/`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { Code: string }).Code).toBe("RequestEntityTooLarge");
  });

  it("refuses a streamed body that grows past 1 MiB without a Content-Length", async () => {
    const engine = await startEngine();
    const chunk = new TextEncoder().encode("p".repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${engine.url}/`, {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("refuses a value over 64 KiB with InvalidParameter naming it", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { method: "POST", action: "Echo", params: { Text: "t".repeat(64 * 1024 + 1) } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ Code: "InvalidParameter", Message: expect.stringContaining('"Text"') });
  });

  it("refuses a parameter given both in the query and in the body", async () => {
    const engine = await startEngine();
    const signed = createSignedRpcParameters({ method: "POST", action: "Echo", params: { Text: "x" }, accessKeyId: KEY.id, accessKeySecret: KEY.secret });
    const response = await fetch(`${engine.url}/?Text=y`, {
      method: "POST",
      body: encodeRpcQuery(signed),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    const body = (await response.json()) as { Code: string; Message: string };
    expect(body.Code).toBe("InvalidParameter");
    expect(body.Message).toContain('"Text"');
  });

  it("accepts a POST that splits its parameters between the query and the body", async () => {
    const engine = await startEngine();
    const signed = createSignedRpcParameters({ method: "POST", action: "Echo", params: { Text: "split" }, accessKeyId: KEY.id, accessKeySecret: KEY.secret });
    const { Action, Version, ...rest } = signed;
    const response = await fetch(`${engine.url}/?${encodeRpcQuery({ Action: Action ?? "", Version: Version ?? "" })}`, {
      method: "POST",
      body: encodeRpcQuery(rest),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(200);
  });

  it("refuses a body that is not form-encoded", async () => {
    const engine = await startEngine();
    const response = await fetch(`${engine.url}/`, { method: "POST", body: JSON.stringify({ Action: "Echo" }), headers: { "content-type": "application/json" } });
    const body = (await response.json()) as { Code: string; Message: string };
    expect(response.status).toBe(400);
    expect(body.Message).toContain("application/x-www-form-urlencoded");
  });
});

describe("action parameter errors", () => {
  it("names a missing action parameter with MissingParameter", async () => {
    const engine = await startEngine();
    const error = await popFailure(popClient(engine).request("Echo", {}, {}));
    expect(error.code).toBe("MissingParameter");
    expect(error.data?.Message).toContain('"Text"');
  });

  it("names a malformed parameter and what was expected with InvalidParameter", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Typed", params: { InstanceId: "12x" } });
    expect(answer.status).toBe(400);
    expect(answer.body.Code).toBe("InvalidParameter");
    expect(answer.body.Message).toContain('"InstanceId"');
    expect(answer.body.Message).toContain("expected a 64-bit integer");
  });

  it("reports an out-of-range page size with its bounds", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Typed", params: { InstanceId: "1", PageSize: "500" } });
    expect(answer.body.Message).toContain("expected an integer from 1 to 100");
  });
});

describe("throttling by API level", () => {
  it("allows 50 level-1 calls a second per key, answers the 51st with 429 Throttling.Api, and recovers with time", async () => {
    const engine = await startEngine();
    const statuses: number[] = [];
    for (let call = 0; call < 50; call += 1) statuses.push((await send(engine, { action: "Echo", params: { Text: "x" } })).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const throttled = await send(engine, { action: "Bare" });
    expect(throttled.status).toBe(429);
    expect(throttled.body.Code).toBe("Throttling.Api");
    expect((await send(engine, { action: "Heavy" })).status).toBe(200);
    engine.clock.advance(1000);
    expect((await send(engine, { action: "Echo", params: { Text: "x" } })).status).toBe(200);
  });

  it("answers level-3 calls past the daily limit with Throttling.Api.Risk until the next UTC day", async () => {
    // Scale 0.001: ten level-3 calls a day, one every 200 s.
    const engine = await startEngine({ rateLimitScale: 0.001, startAt: Date.UTC(2024, 5, 1, 1, 0, 0) });
    for (let call = 0; call < 10; call += 1) {
      expect((await send(engine, { action: "Heavy" })).status).toBe(200);
      engine.clock.advance(200_000);
    }
    const refused = await send(engine, { action: "Heavy" });
    expect(refused.status).toBe(429);
    expect(refused.body.Code).toBe("Throttling.Api.Risk");
    expect((await send(engine, { action: "Echo", params: { Text: "x" } })).status).toBe(200);
    engine.clock.advance(Date.UTC(2024, 5, 2) - engine.clock.now());
    expect((await send(engine, { action: "Heavy" })).status).toBe(200);
  });

  it("does not throttle at all with scale 0", async () => {
    const engine = await startEngine({ rateLimitScale: 0 });
    const statuses = await Promise.all(Array.from({ length: 30 }, () => send(engine, { action: "Heavy" }).then((answer) => answer.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe("business and internal errors", () => {
  it("answers an EngineError with its status and the DataWorks envelope, which pop-core raises with the code", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Fail" });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({
      RequestId: expect.stringMatching(UUID_UPPER),
      HttpStatusCode: 404,
      Success: false,
      ErrorCode: "Invalid.Instance.NotExists",
      ErrorMessage: "The instance does not exist.",
      Code: "Invalid.Instance.NotExists",
      Message: "The instance does not exist.",
    });
    const error = await popFailure(popClient(engine).request("Fail", {}, { method: "POST" }));
    expect(error.code).toBe("Invalid.Instance.NotExists");
    expect(error.data).toMatchObject({ Success: false, ErrorCode: "Invalid.Instance.NotExists", HttpStatusCode: 404 });
  });

  it("answers any other failure with 500 InternalError.System, logs it with the RequestId and keeps its message private", async () => {
    const engine = await startEngine();
    const answer = await send(engine, { action: "Crash" });
    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({ Success: false, ErrorCode: "InternalError.System", Code: "InternalError.System", HttpStatusCode: 500 });
    expect(answer.text).not.toContain("hunter2");
    expect(answer.text).not.toContain("at ");
    expect(engine.errors).toHaveLength(1);
    expect(engine.errors[0]?.message).toContain(String(answer.body.RequestId));
    expect(String(engine.errors[0]?.error)).toContain("hunter2");
  });
});
