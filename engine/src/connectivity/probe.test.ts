import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isServiceReachable } from "../testing/databases";
import { createEgressChecker, EMBEDDED_DEFAULT_POLICY } from "./egress";
import { runProbe, type ProbeEnvironment } from "./probe";
import { DEFAULT_TIMEOUTS } from "./probes/deadline";
import type { Resolver } from "./resolver";
import { closedPort, rogueMysqlServer, silentListener, wrongProtocolListener, type TestServer } from "./testing/servers";
import type { ProbeResult, ProbeTarget } from "./types";

/** Resolves only the names a test gives it; never real DNS. */
function fakeResolver(answers: Record<string, string[]>): Resolver {
  return async (host) => {
    if (/^[\d.]+$/.test(host) || host.includes(":")) return [host];
    const addresses = answers[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return addresses;
  };
}

const environment = (overrides: Partial<ProbeEnvironment> = {}): ProbeEnvironment => ({
  egress: createEgressChecker(EMBEDDED_DEFAULT_POLICY, { protectedPorts: [3100, 3000] }),
  resolve: fakeResolver({ "db.test": ["127.0.0.1"] }),
  ...overrides,
});

/** Short limits for the silent-listener cases, so they end quickly; the state is what is checked. */
const SHORT = { ...DEFAULT_TIMEOUTS, handshakeMs: 1_500, queryMs: 1_500 };

function target(partial: Partial<ProbeTarget> & Pick<ProbeTarget, "type" | "endpoints">): ProbeTarget {
  return { database: "", username: "", password: "", tls: "disable", caCertificate: "", saslMechanism: "plain", path: "/", ...partial };
}

function failedStep(result: ProbeResult): string | undefined {
  return result.steps.find((step) => step.outcome === "failed")?.code;
}

const [hasMariaDb, hasPostgres, hasRedis] = await Promise.all([
  isServiceReachable("MariaDB", "127.0.0.1", 3306),
  isServiceReachable("PostgreSQL", "127.0.0.1", 5432),
  isServiceReachable("Redis", "127.0.0.1", 6379),
]);

let silent: TestServer;
let wrongProtocol: TestServer;
let refusedPort: number;

beforeAll(async () => {
  silent = await silentListener();
  wrongProtocol = await wrongProtocolListener();
  refusedPort = await closedPort();
});

afterAll(async () => {
  await silent.close();
  await wrongProtocol.close();
});

const LIVE = [
  { name: "MariaDB (as MySQL)", type: "mysql", port: 3306, reachable: hasMariaDb, good: { username: "root", password: "", database: "test" }, badPassword: { username: "root", password: "wrong-password-1" }, badDatabase: { username: "root", database: "no_such_database_x" } },
  // PostgreSQL here trusts loopback (any password passes), so rejected credentials are an unknown role.
  { name: "PostgreSQL", type: "postgresql", port: 5432, reachable: hasPostgres, good: { username: "postgres", password: "", database: "postgres" }, badPassword: { username: "no_such_role_x", password: "wrong-password-1", database: "postgres" }, badDatabase: { username: "postgres", database: "no_such_database_x" } },
  { name: "Redis", type: "redis", port: 6379, reachable: hasRedis, good: { database: "0" }, badPassword: { password: "wrong-password-1" }, badDatabase: { database: "999999" } },
] as const;

describe.each(LIVE)("$name", ({ type, port, reachable, good, badPassword, badDatabase }) => {
  it.skipIf(!reachable)("is Connectable with good credentials, every step passed in order", async () => {
    const result = await runProbe(target({ type, endpoints: [{ host: "db.test", port }], ...good }), environment());
    expect(result.message).toBeNull();
    expect(result.state).toBe("Connectable");
    expect(result.steps.map((step) => step.code)).toEqual(["validate_input_parameters", "resolve_host", "tcp_connect", "protocol_login", "trivial_query"]);
    expect(result.steps.every((step) => step.outcome === "passed" && step.endTime >= step.startTime)).toBe(true);
  });

  it.skipIf(!reachable)("is ConfigError at login with a wrong password, which never appears in the result", async () => {
    const result = await runProbe(target({ type, endpoints: [{ host: "127.0.0.1", port }], ...badPassword }), environment());
    expect(result.state).toBe("ConfigError");
    expect(failedStep(result)).toBe("protocol_login");
    expect(JSON.stringify(result)).not.toContain("wrong-password-1");
  });

  it.skipIf(!reachable)("is ConfigError with a database that does not exist", async () => {
    const result = await runProbe(target({ type, endpoints: [{ host: "127.0.0.1", port }], ...good, ...badDatabase }), environment());
    expect(result.state).toBe("ConfigError");
    expect(failedStep(result)).toBe("protocol_login");
  });
});

describe.each(["mysql", "postgresql", "redis", "kafka", "mongodb"] as const)("%s against peers that are not it", (type) => {
  it("is Unreachable at the TCP step on a closed port", async () => {
    const result = await runProbe(target({ type, endpoints: [{ host: "127.0.0.1", port: refusedPort }], username: "u" }), environment());
    expect(result.state).toBe("Unreachable");
    expect(failedStep(result)).toBe("tcp_connect");
    expect(result.message).toContain("refused");
  });

  it("is Unreachable at login against a listener that accepts and never answers", async () => {
    const result = await runProbe(target({ type, endpoints: [{ host: "127.0.0.1", port: silent.port }], username: "u" }), environment({ timeouts: SHORT }));
    expect(result.state).toBe("Unreachable");
    expect(failedStep(result)).toBe("protocol_login");
  });

  it("is ConfigError at login against a listener that speaks another protocol", async () => {
    const result = await runProbe(target({ type, endpoints: [{ host: "127.0.0.1", port: wrongProtocol.port }], username: "u" }), environment({ timeouts: SHORT }));
    expect(result.state).toBe("ConfigError");
    expect(failedStep(result)).toBe("protocol_login");
  });
});

describe("types without a driver and invalid input", () => {
  it("is Unsupport at login for sqlserver and oracle, after the TCP step passed", async () => {
    for (const type of ["sqlserver", "oracle"] as const) {
      const result = await runProbe(target({ type, endpoints: [{ host: "127.0.0.1", port: silent.port }], username: "sa" }), environment());
      expect(result.state).toBe("Unsupport");
      expect(result.steps.map((step) => [step.code, step.outcome])).toContainEqual(["tcp_connect", "passed"]);
      expect(result.message).toMatch(/no (SQL Server|Oracle) driver/);
    }
  });

  it("is ConfigError at validation for a host that is not a name or address", async () => {
    const result = await runProbe(target({ type: "redis", endpoints: [{ host: "0x7f000001", port: 6379 }] }), environment());
    expect(result.state).toBe("ConfigError");
    expect(failedStep(result)).toBe("validate_input_parameters");
  });

  it("is Unreachable at resolution for a name that does not resolve", async () => {
    const result = await runProbe(target({ type: "redis", endpoints: [{ host: "missing.test", port: 6379 }] }), environment());
    expect(result.state).toBe("Unreachable");
    expect(failedStep(result)).toBe("resolve_host");
  });
});

describe("egress policy", () => {
  it("refuses a name that resolves to a metadata address, even when another answer is allowed, and never connects", async () => {
    const spy = await silentListener();
    try {
      const resolve = fakeResolver({ "rebind.test": ["127.0.0.1", "169.254.169.254"] });
      const result = await runProbe(target({ type: "redis", endpoints: [{ host: "rebind.test", port: spy.port }] }), environment({ resolve }));
      expect(result.state).toBe("Unreachable");
      expect(failedStep(result)).toBe("resolve_host");
      expect(result.message).toContain("169.254.169.254");
      expect(result.steps.some((step) => step.code === "tcp_connect")).toBe(false);
    } finally {
      await spy.close();
    }
  });

  it("refuses the engine's own port on loopback and loopback itself when the group disallows it", async () => {
    const ownPort = await runProbe(target({ type: "http", endpoints: [{ host: "127.0.0.1", port: 3100 }] }), environment());
    expect(ownPort.state).toBe("Unreachable");
    expect(ownPort.message).toContain("own port");
    const strict = environment({ egress: createEgressChecker({ allowCidrs: [], denyCidrs: [], allowLoopback: false }, { protectedPorts: [] }) });
    const noLoopback = await runProbe(target({ type: "redis", endpoints: [{ host: "db.test", port: silent.port }] }), strict);
    expect(noLoopback.state).toBe("Unreachable");
    expect(noLoopback.message).toContain("loopback");
  });
});

describe("a rogue MySQL server asking for LOCAL INFILE", () => {
  it("receives no byte of the file it asked for", async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-infile-"));
    const canaryPath = path.join(directory, "canary.txt");
    const canary = `canary-${Math.random().toString(36).slice(2)}-secret-file-content`;
    fs.writeFileSync(canaryPath, canary);
    const rogue = await rogueMysqlServer(canaryPath);
    try {
      const result = await runProbe(target({ type: "mysql", endpoints: [{ host: "127.0.0.1", port: rogue.port }], username: "root", password: "pw" }), environment());
      expect(result.state).not.toBe("Connectable");
      expect(failedStep(result)).toBe("trivial_query");
      expect(rogue.received().toString("latin1")).not.toContain(canary);
      expect(rogue.afterInfileRequest().toString("latin1")).not.toContain("canary");
    } finally {
      await rogue.close();
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe("an HTTP endpoint", () => {
  it("is Connectable on 2xx, does not follow a redirect, and is ConfigError on 401", async () => {
    const paths: string[] = [];
    const server = http.createServer((request, response) => {
      paths.push(request.url ?? "");
      if (request.url === "/moved") response.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
      else if (request.url === "/private") response.writeHead(401).end();
      else response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const probe = (urlPath: string) => runProbe(target({ type: "http", endpoints: [{ host: "db.test", port }], path: urlPath }), environment());
      expect((await probe("/health")).state).toBe("Connectable");
      const moved = await probe("/moved");
      expect(moved.state).toBe("Connectable");
      expect(moved.steps.at(-1)?.detail).toContain("not followed");
      const denied = await probe("/private");
      expect(denied.state).toBe("ConfigError");
      expect(paths).toEqual(["/health", "/moved", "/private"]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
