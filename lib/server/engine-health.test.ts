import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { checkEngineHealth } = await import("./engine-health");

const servers: http.Server[] = [];
afterEach(async () => {
  await closeAll();
});

async function closeAll(): Promise<void> {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** A loopback server that answers every request with `handler`, or never when it returns nothing. */
async function serve(handler: (response: http.ServerResponse) => void): Promise<string> {
  const server = http.createServer((_request, response) => handler(response));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function json(status: number, body: unknown) {
  return (response: http.ServerResponse) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

describe("checkEngineHealth", () => {
  it("reports an engine that answers ok, with its projects and instance counts", async () => {
    const endpoint = await serve(
      json(200, {
        status: "ok",
        engineId: "host:.data",
        version: "2020-05-18",
        projects: [{ id: "1", identifier: "demo", name: "Demo" }],
        instancesByStatus: { SUCCESS: 12, FAILURE: 1 },
        runningNow: 0,
      }),
    );
    const check = await checkEngineHealth(endpoint);
    expect(check.state).toBe("up");
    if (check.state !== "up") return;
    expect(check.endpoint).toBe(endpoint);
    expect(check.health.projects).toEqual([{ id: "1", identifier: "demo", name: "Demo" }]);
    expect(check.health.instancesByStatus).toEqual({ SUCCESS: 12, FAILURE: 1 });
    expect(check.health.otherFacts).toEqual([{ name: "runningNow", value: "0" }]);
  });

  it("keeps the status when an optional field has an unexpected shape", async () => {
    const endpoint = await serve(json(200, { status: "ok", projects: 3, instancesByStatus: { SUCCESS: "many" } }));
    const check = await checkEngineHealth(endpoint);
    expect(check.state).toBe("up");
    if (check.state !== "up") return;
    expect(check.health.projects).toBeUndefined();
    expect(check.health.instancesByStatus).toBeUndefined();
  });

  it("calls an engine that answers 503 unhealthy", async () => {
    const endpoint = await serve(json(503, { status: "unavailable" }));
    const check = await checkEngineHealth(endpoint);
    expect(check).toMatchObject({ state: "unhealthy", message: 'HTTP 503, status "unavailable"' });
  });

  it("calls a server that is not an engine unhealthy", async () => {
    const endpoint = await serve((response) => response.writeHead(200, { "content-type": "text/html" }).end("<html></html>"));
    const check = await checkEngineHealth(endpoint);
    expect(check).toMatchObject({ state: "unhealthy", message: "HTTP 200 with a body that is not JSON" });
  });

  it("says the engine is down when nothing listens on the port", async () => {
    const endpoint = await serve(() => undefined);
    await closeAll();
    const check = await checkEngineHealth(endpoint);
    expect(check).toMatchObject({ state: "down", reason: "refused" });
  });

  it("gives up after the timeout when the engine never answers", async () => {
    const endpoint = await serve(() => undefined);
    const startedAt = performance.now();
    const check = await checkEngineHealth(endpoint, { timeoutMs: 200 });
    expect(check).toMatchObject({ state: "down", reason: "timeout", message: "no answer within 200 ms" });
    expect(performance.now() - startedAt).toBeLessThan(2_000);
  });
});
