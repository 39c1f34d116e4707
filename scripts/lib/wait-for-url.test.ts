import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { waitForUrl } from "./wait-for-url";

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
}

/** A loopback port with nothing listening: bind one, note it, close it. */
async function closedPortUrl(): Promise<string> {
  const url = await serve(() => undefined);
  const server = servers.pop();
  await new Promise((resolve) => server?.close(resolve));
  return url;
}

describe("waitForUrl", () => {
  it("keeps asking until the server answers 2xx", async () => {
    let requests = 0;
    const url = await serve((_request, response) => {
      requests += 1;
      response.writeHead(requests < 3 ? 503 : 200).end();
    });
    const result = await waitForUrl(url, { timeoutMs: 5_000, intervalMs: 20 });
    expect(result).toMatchObject({ state: "ready", attempts: 3 });
  });

  it("gives up at the deadline and says what it last saw", async () => {
    const url = await closedPortUrl();
    const startedAt = Date.now();
    const result = await waitForUrl(url, { timeoutMs: 300, intervalMs: 20 });
    expect(result).toMatchObject({ state: "timeout", lastProblem: "connection refused" });
    expect(Date.now() - startedAt).toBeLessThan(2_000);
  });

  it("counts a server that never answers as not ready", async () => {
    const url = await serve(() => undefined);
    const result = await waitForUrl(url, { timeoutMs: 400, intervalMs: 20, attemptTimeoutMs: 100 });
    expect(result).toMatchObject({ state: "timeout", lastProblem: "no answer in time" });
  });

  it("stops waiting as soon as it is aborted", async () => {
    const url = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const startedAt = Date.now();
    const result = await waitForUrl(url, { timeoutMs: 10_000, attemptTimeoutMs: 5_000, signal: controller.signal });
    expect(result).toEqual({ state: "aborted" });
    expect(Date.now() - startedAt).toBeLessThan(2_000);
  });

  it("lets the caller decide what ready means", async () => {
    const url = await serve((_request, response) => response.writeHead(404).end());
    const result = await waitForUrl(url, { timeoutMs: 2_000, isReady: (response) => response.status === 404 });
    expect(result.state).toBe("ready");
  });
});
