import RPCClient from "@alicloud/pop-core";
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "../store/database";
import { EventBus } from "../model/events";
import { createRpcGateway, type RpcGateway } from "./gateway";
import { createRpcServer, formatRpcRequestLogLine, type RpcRequestLogEntry, type RpcServer, type RpcServerOptions } from "./server";

const KEY = { id: "LTAIserverTest000000000", secret: "server-test-secret-0123456789" };

// The server only forwards to the gateway; no action here touches the database.
const gateway: RpcGateway = createRpcGateway({
  db: {} as Database,
  events: new EventBus(),
  accessKeys: [KEY],
  region: "cn-local",
  actions: [{ name: "Ping", level: 1, envelope: "standard", params: z.object({}), handler: async () => "pong" }],
});

const servers: RpcServer[] = [];

async function start(options: Partial<RpcServerOptions> = {}): Promise<RpcServer> {
  const server = createRpcServer({ host: "127.0.0.1", port: 0, gateway, ...options });
  await server.listen();
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe("createRpcServer", () => {
  it("listens on an ephemeral loopback port and reports its URL", async () => {
    const server = createRpcServer({ host: "127.0.0.1", port: 0, gateway });
    expect(() => server.url()).toThrow(/before listen/);
    const address = await server.listen();
    servers.push(server);
    expect(address.port).toBeGreaterThan(0);
    expect(server.url()).toBe(`http://127.0.0.1:${address.port}`);
  });

  it("routes / to the gateway, which pop-core can call", async () => {
    const server = await start();
    const client = new RPCClient({ endpoint: server.url(), apiVersion: "2020-05-18", accessKeyId: KEY.id, accessKeySecret: KEY.secret });
    expect(await client.request("Ping", {}, {})).toMatchObject({ Success: true, Data: "pong" });
  });

  it("answers GET /healthz unsigned with status ok and the health info", async () => {
    const server = await start({ healthInfo: async () => ({ scheduler: "running", instancesRunning: 2 }) });
    const response = await fetch(`${server.url()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", scheduler: "running", instancesRunning: 2 });
  });

  it("keeps status ok authoritative even if the health info has its own status field", async () => {
    const server = await start({ healthInfo: async () => ({ status: "degraded" }) });
    expect(await (await fetch(`${server.url()}/healthz`)).json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the health info fails, logging its error but not returning it", async () => {
    const failing = async (): Promise<object> => {
      throw new Error("database at /secret/path unreachable");
    };
    const errors: unknown[] = [];
    const server = await start({ healthInfo: failing, logError: (_, error) => errors.push(error) });
    const response = await fetch(`${server.url()}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("/secret/path");
    expect(String(errors[0])).toContain("/secret/path");
  });

  it("refuses other methods on /healthz with 405", async () => {
    const server = await start();
    const response = await fetch(`${server.url()}/healthz`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });

  it("answers any other path with 404 in Alibaba Cloud's error shape", async () => {
    const server = await start();
    const response = await fetch(`${server.url()}/api/instances?Action=Ping`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["Code", "HostId", "Message", "Recommend", "RequestId"]);
    expect(body.Code).toBe("InvalidAction.NotFound");
  });

  it("logs one entry per request with method, Action, status, duration and RequestId", async () => {
    const entries: RpcRequestLogEntry[] = [];
    const server = await start({ log: (entry) => entries.push(entry) });
    const client = new RPCClient({ endpoint: server.url(), apiVersion: "2020-05-18", accessKeyId: KEY.id, accessKeySecret: KEY.secret });
    const answer = await client.request<{ RequestId: string }>("Ping", {}, { method: "POST" });
    await fetch(`${server.url()}/healthz`);
    await expect.poll(() => entries.length).toBe(2);
    expect(entries[0]).toMatchObject({ method: "POST", path: "/", action: "Ping", status: 200, requestId: answer.RequestId });
    expect(entries[0]?.ms).toBeGreaterThanOrEqual(0);
    expect(entries[1]).toMatchObject({ method: "GET", path: "/healthz", action: undefined, status: 200, requestId: expect.any(String) });
  });

  it("logs the Action of a refused call, but never a caller's line breaks", async () => {
    const entries: RpcRequestLogEntry[] = [];
    const server = await start({ log: (entry) => entries.push(entry) });
    await fetch(`${server.url()}/?Action=Ping`);
    await fetch(`${server.url()}/?Action=${encodeURIComponent("Ping\nGET / Forged 200")}`);
    await expect.poll(() => entries.length).toBe(2);
    expect(entries.map((entry) => [entry.action, entry.status])).toEqual([
      ["Ping", 400],
      ["(invalid Action)", 400],
    ]);
  });

  it("formats a log entry as one line", () => {
    const line = formatRpcRequestLogLine({ method: "GET", path: "/", action: "ListInstances", status: 200, ms: 4, requestId: "ABC" });
    expect(line).toBe("GET / ListInstances 200 4ms ABC");
  });

  it("closes promptly while a keep-alive client still holds an idle socket", async () => {
    const server = await start();
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      http.get(`${server.url()}/healthz`, { agent }, (response) => response.resume().on("end", resolve)).on("error", reject);
    });
    const startedAt = Date.now();
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    expect(Date.now() - startedAt).toBeLessThan(1000);
    agent.destroy();
  });
});
