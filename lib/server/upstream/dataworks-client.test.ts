import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { zId } from "@/lib/contracts/common";
import { ApiError } from "@/lib/server/http/api-error";
import { findFreeLoopbackPort, startTestEngine, type TTestEngine } from "@/lib/testing/test-engine";
import { DataWorksClient } from "./dataworks-client";
import { UpstreamApiError } from "./upstream-errors";

const ZListProjects = z.object({
  RequestId: z.string(),
  PageResult: z.object({
    TotalCount: z.number(),
    ProjectList: z.array(z.object({ ProjectId: zId, ProjectIdentifier: z.string() })),
  }),
});
const ZDataTrue = z.object({ Data: z.literal(true) });

async function callError(promise: Promise<unknown>): Promise<UpstreamApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UpstreamApiError);
  return error as UpstreamApiError;
}

/** A loopback HTTP server whose answers the test scripts, recording every request. */
async function startScriptedServer(answer: (index: number, request: http.IncomingMessage, body: string) => { status: number; body: string }) {
  const requests: { method: string; url: string; body: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const reply = answer(requests.length, request, body);
      requests.push({ method: request.method ?? "", url: request.url ?? "", body });
      response.writeHead(reply.status, { "content-type": "application/json" });
      response.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const noWait = { sleepImpl: async () => undefined };

describe("DataWorksClient against a real engine", () => {
  let engine: TTestEngine;
  let client: DataWorksClient;

  beforeAll(async () => {
    engine = await startTestEngine({ demo: true, startTimeoutMs: 150_000 });
    client = new DataWorksClient({ endpoint: engine.url, regionId: "cn-local", accessKeyId: engine.accessKeyId, accessKeySecret: engine.accessKeySecret });
  }, 180_000);

  afterAll(async () => {
    await engine?.stop();
  });

  it("signs a GET the engine accepts and reads its projects", async () => {
    const answer = await client.call("ListProjects", { PageNumber: 1, PageSize: 10 }, ZListProjects);
    expect(answer.PageResult.TotalCount).toBeGreaterThan(0);
    expect(answer.PageResult.ProjectList[0]?.ProjectId).toMatch(/^\d+$/);
  });

  it("signs a POST form the engine accepts (a write that is refused for a business reason)", async () => {
    const error = await callError(client.call("StopInstance", { InstanceId: 1n, ProjectEnv: "PROD" }, ZDataTrue));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.upstream.code).toBe("Invalid.Instance.NotExists");
    expect(error.message).toMatch(/upstream request [0-9A-F-]{36}/);
  });

  it("maps a missing instance to NOT_FOUND", async () => {
    const error = await callError(client.call("GetInstance", { InstanceId: "999999999999", ProjectEnv: "PROD" }, z.object({ Data: z.unknown() })));
    expect(error.status).toBe(404);
  });

  it("maps a wrong AccessKey secret to UPSTREAM_ERROR without repeating the gateway's text", async () => {
    const wrong = new DataWorksClient({ endpoint: engine.url, regionId: "cn-local", accessKeyId: engine.accessKeyId, accessKeySecret: "not-the-secret" });
    const error = await callError(wrong.call("ListProjects", { PageNumber: 1 }, ZListProjects));
    expect(error.code).toBe("UPSTREAM_ERROR");
    expect(error.upstream.isCredentialError).toBe(true);
    expect(error.message).not.toContain("string to sign");
  });

  it("answers UPSTREAM_ERROR when the response does not match the schema", async () => {
    const error = await client.call("ListProjects", { PageNumber: 1 }, z.object({ Nothing: z.string() })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("UPSTREAM_ERROR");
    expect((error as ApiError).message).toContain("shape");
  });
});

describe("DataWorksClient failures on loopback", () => {
  it("times out against a socket that never answers", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const client = new DataWorksClient({ endpoint: `http://127.0.0.1:${port}`, regionId: "r", accessKeyId: "id", accessKeySecret: "s" }, noWait);
      const startedAt = Date.now();
      const error = await callError(client.call("ListProjects", { PageNumber: 1 }, ZListProjects, { timeoutMs: 300 }));
      expect(error.code).toBe("UPSTREAM_TIMEOUT");
      expect(error.status).toBe(504);
      expect(Date.now() - startedAt).toBeLessThan(5_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("reports a refused connection on a closed port as UPSTREAM_UNREACHABLE", async () => {
    const port = await findFreeLoopbackPort();
    const client = new DataWorksClient({ endpoint: `http://127.0.0.1:${port}`, regionId: "r", accessKeyId: "id", accessKeySecret: "s" }, noWait);
    const error = await callError(client.call("ListProjects", { PageNumber: 1 }, ZListProjects));
    expect(error.code).toBe("UPSTREAM_UNREACHABLE");
    expect(error.status).toBe(502);
  });

  it("keeps a 64-bit ID exact from the wire to a decimal string", async () => {
    const server = await startScriptedServer(() => ({ status: 200, body: '{"RequestId":"R","Data":{"InstanceId":9223372036854775807,"NodeId":700000046}}' }));
    try {
      const client = new DataWorksClient({ endpoint: server.url, regionId: "r", accessKeyId: "id", accessKeySecret: "s" });
      const answer = await client.call("GetInstance", { InstanceId: 9223372036854775807n }, z.object({ Data: z.object({ InstanceId: zId, NodeId: zId }) }));
      expect(answer.Data).toEqual({ InstanceId: "9223372036854775807", NodeId: "700000046" });
      expect(server.requests[0]?.url).toContain("InstanceId=9223372036854775807");
    } finally {
      await server.close();
    }
  });

  it("retries a throttled call with back-off and succeeds on the third attempt", async () => {
    const throttled = JSON.stringify({ RequestId: "T", HostId: "h", Code: "Throttling.User", Message: "Your request is too frequent.", Recommend: "" });
    const server = await startScriptedServer((index) => (index < 2 ? { status: 429, body: throttled } : { status: 200, body: '{"RequestId":"OK","Data":true}' }));
    const waits: number[] = [];
    try {
      const client = new DataWorksClient(
        { endpoint: server.url, regionId: "r", accessKeyId: "id", accessKeySecret: "s" },
        { sleepImpl: async (ms) => waits.push(ms), random: () => 0.5, backoffBaseMs: 100 },
      );
      await expect(client.call("StopInstance", { InstanceId: 5 }, ZDataTrue)).resolves.toEqual({ Data: true });
      expect(server.requests).toHaveLength(3);
      expect(server.requests.every((request) => request.method === "POST")).toBe(true);
      // Each retry is re-signed with a fresh nonce (the gateway refuses a nonce it has seen).
      const nonces = server.requests.map((request) => new URLSearchParams(request.body).get("SignatureNonce"));
      expect(new Set(nonces).size).toBe(3);
      expect(waits).toEqual([50, 100]);
    } finally {
      await server.close();
    }
  });

  it("gives up after three throttled attempts with RATE_LIMITED", async () => {
    const server = await startScriptedServer(() => ({ status: 429, body: "Too Many Requests" }));
    try {
      const client = new DataWorksClient({ endpoint: server.url, regionId: "r", accessKeyId: "id", accessKeySecret: "s" }, noWait);
      const error = await callError(client.call("ListProjects", { PageNumber: 1 }, ZListProjects));
      expect(error.code).toBe("RATE_LIMITED");
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it("never retries a write that failed for any other reason", async () => {
    const server = await startScriptedServer(() => ({
      status: 500,
      body: JSON.stringify({ RequestId: "E", HttpStatusCode: 500, Success: false, ErrorCode: "InternalError.System", ErrorMessage: "boom", Code: "InternalError.System", Message: "boom" }),
    }));
    try {
      const client = new DataWorksClient({ endpoint: server.url, regionId: "r", accessKeyId: "id", accessKeySecret: "s" }, noWait);
      const error = await callError(client.call("RestartInstance", { InstanceId: 5 }, ZDataTrue));
      expect(error.code).toBe("UPSTREAM_ERROR");
      expect(error.message).toContain("boom");
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("answers UPSTREAM_ERROR for a body that is not JSON", async () => {
    const server = await startScriptedServer(() => ({ status: 200, body: "<html>proxy login</html>" }));
    try {
      const client = new DataWorksClient({ endpoint: server.url, regionId: "r", accessKeyId: "id", accessKeySecret: "s" }, noWait);
      const error = await client.call("ListProjects", { PageNumber: 1 }, ZListProjects).catch((caught: unknown) => caught);
      expect((error as ApiError).code).toBe("UPSTREAM_ERROR");
      expect((error as ApiError).message).not.toContain("proxy login");
    } finally {
      await server.close();
    }
  });
});
