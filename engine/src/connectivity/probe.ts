import net from "node:net";
import tls from "node:tls";
import type { EgressChecker } from "./egress";
import { formatHostPort, isAcceptableHost } from "./host-syntax";
import { DEFAULT_TIMEOUTS, StepTimeoutError, withTimeout, type ProbeTimeouts } from "./probes/deadline";
import type { Driver, DriverContext, PinnedEndpoint } from "./probes/driver";
import { httpDriver } from "./probes/http";
import { kafkaDriver } from "./probes/kafka";
import { mongodbDriver } from "./probes/mongodb";
import { mysqlDriver } from "./probes/mysql";
import { postgresDriver } from "./probes/postgres";
import { redisDriver } from "./probes/redis";
import type { Resolver } from "./resolver";
import { STEP_CODES, STEP_NAMES, type ConnectState, type DataSourceType, type ProbeResult, type ProbeStep, type ProbeTarget, type StepCode } from "./types";

/**
 * One connection test, step by step: validate, check the egress policy and resolve every address,
 * connect over TCP to a checked address, TLS where the protocol starts with it, log in with the
 * real driver, run a trivial query. Each step has its own timeout and all of them share one
 * deadline; the first failing step decides the state.
 */

export type ProbeEnvironment = {
  egress: EgressChecker;
  resolve: Resolver;
  timeouts?: ProbeTimeouts;
  now?: () => number;
};

const DRIVERS: Partial<Record<DataSourceType, Driver>> = {
  mysql: mysqlDriver,
  postgresql: postgresDriver,
  redis: redisDriver,
  kafka: kafkaDriver,
  mongodb: mongodbDriver,
  http: httpDriver,
};

/** Types whose protocol starts with TLS (MySQL and PostgreSQL negotiate it inside their login). */
const DIRECT_TLS_TYPES: ReadonlySet<DataSourceType> = new Set(["redis", "kafka", "mongodb", "http"]);

const UNSUPPORTED_LOGIN: Partial<Record<DataSourceType, string>> = {
  sqlserver: "the embedded engine has no SQL Server driver: the address was resolved and the port accepted a TCP connection, but the login was not tested",
  oracle: "the embedded engine has no Oracle driver: the address was resolved and the port accepted a TCP connection, but the login was not tested",
};

const ADVICE: Readonly<Record<ConnectState, string>> = {
  Connectable: "",
  Unreachable: "The network path from the resource group to the data source failed: check the host and port, that the server is running, and the firewalls and egress policy between them.",
  ConfigError: "The network is fine, but the data source's configuration is not: check the credentials, the database name, the TLS setting and that the type matches the server on that port.",
  Unsupport: "This test cannot be run from this resource group: see the message.",
};

class StepFailure extends Error {
  constructor(
    readonly state: ConnectState,
    message: string,
  ) {
    super(message);
  }
}

export async function runProbe(target: ProbeTarget, environment: ProbeEnvironment): Promise<ProbeResult> {
  const now = environment.now ?? Date.now;
  const timeouts = environment.timeouts ?? DEFAULT_TIMEOUTS;
  const startedAt = now();
  const deadline = startedAt + timeouts.deadlineMs;
  const steps: ProbeStep[] = [];
  const remaining = (stepMs: number) => Math.max(1, Math.min(stepMs, deadline - now()));

  async function step<T>(code: StepCode, run: () => Promise<{ value: T; detail: string }>): Promise<T> {
    const stepStart = now();
    try {
      if (stepStart >= deadline) throw new StepFailure("Unreachable", `the whole test ran past its ${timeouts.deadlineMs} ms deadline`);
      const { value, detail } = await run();
      steps.push({ code, name: STEP_NAMES[code], startTime: stepStart, endTime: now(), outcome: "passed", detail });
      return value;
    } catch (error) {
      const failure = error instanceof StepFailure ? error : new StepFailure("Unreachable", error instanceof Error ? error.message : String(error));
      steps.push({ code, name: STEP_NAMES[code], startTime: stepStart, endTime: now(), outcome: "failed", detail: failure.message });
      throw failure;
    }
  }

  const finish = (state: ConnectState, message: string | null): ProbeResult => ({
    state,
    message,
    advice: ADVICE[state],
    steps,
    startedAt,
    finishedAt: now(),
  });

  try {
    await step(STEP_CODES.validate, async () => {
      if (target.endpoints.length === 0) throw new StepFailure("ConfigError", "the data source names no address");
      for (const endpoint of target.endpoints) {
        if (!isAcceptableHost(endpoint.host)) throw new StepFailure("ConfigError", `"${endpoint.host}" is not a host name or IP address`);
        if (!Number.isInteger(endpoint.port) || endpoint.port < 1 || endpoint.port > 65_535) throw new StepFailure("ConfigError", `port ${endpoint.port} is outside 1–65535`);
      }
      return { value: undefined, detail: `${target.type} at ${target.endpoints.map((endpoint) => formatHostPort(endpoint.host, endpoint.port)).join(", ")}` };
    });

    const resolved = await step(STEP_CODES.resolve, async () => {
      const results: { host: string; port: number; addresses: string[] }[] = [];
      for (const endpoint of target.endpoints) {
        const nameVerdict = environment.egress.checkName(endpoint.host);
        if (!nameVerdict.allowed) throw new StepFailure("Unreachable", `refused by the egress policy: ${nameVerdict.reason}`);
        let addresses: string[];
        try {
          addresses = await withTimeout(environment.resolve(endpoint.host), remaining(timeouts.resolveMs), () => undefined);
        } catch (error) {
          const text = error instanceof StepTimeoutError ? `no DNS answer within ${error.ms} ms` : (error as Error).message;
          throw new StepFailure("Unreachable", `could not resolve ${endpoint.host}: ${text}`);
        }
        if (addresses.length === 0) throw new StepFailure("Unreachable", `${endpoint.host} resolved to no address`);
        for (const address of addresses) {
          const verdict = environment.egress.checkAddress(address, endpoint.port);
          if (!verdict.allowed) throw new StepFailure("Unreachable", `refused by the egress policy: ${endpoint.host} resolves to ${address}; ${verdict.reason}`);
        }
        results.push({ ...endpoint, addresses });
      }
      return { value: results, detail: results.map((result) => `${result.host} → ${result.addresses.join(", ")}`).join("; ") };
    });

    const pinned = await step(STEP_CODES.connect, async () => {
      const endpoints: PinnedEndpoint[] = [];
      for (const endpoint of resolved) endpoints.push(await connectAny(endpoint, remaining(timeouts.connectMs)));
      return { value: endpoints, detail: endpoints.map((endpoint) => `connected to ${formatHostPort(endpoint.address, endpoint.port)}`).join("; ") };
    });

    if (target.tls === "verify" && DIRECT_TLS_TYPES.has(target.type)) {
      await step(STEP_CODES.tls, async () => {
        for (const endpoint of pinned) await tlsHandshake(endpoint, target.caCertificate, remaining(timeouts.handshakeMs));
        return { value: undefined, detail: "the certificate is valid for the host name" };
      });
    }

    const driver = DRIVERS[target.type];
    if (!driver) {
      const reason = UNSUPPORTED_LOGIN[target.type] ?? `no driver for type ${target.type}`;
      steps.push({ code: STEP_CODES.login, name: STEP_NAMES.protocol_login, startTime: now(), endTime: now(), outcome: "skipped", detail: reason });
      return finish("Unsupport", reason);
    }
    const context: DriverContext = {
      target,
      endpoints: pinned,
      isAddressAllowed: (address, port) => environment.egress.checkAddress(address, port).allowed,
      handshakeMs: remaining(timeouts.handshakeMs),
      connectMs: remaining(timeouts.connectMs),
    };
    let closeSession: () => void = () => undefined;
    try {
      const session = await step(STEP_CODES.login, async () => {
        try {
          const opened = await withTimeout(
            driver.login(context, (close) => (closeSession = close)),
            remaining(timeouts.handshakeMs),
            () => closeSession(),
          );
          return { value: opened, detail: driver.loginDetail(context) };
        } catch (error) {
          const verdict = driver.classify(error, context);
          throw new StepFailure(verdict.state, verdict.message);
        }
      });
      await step(STEP_CODES.query, async () => {
        try {
          const detail = await withTimeout(session.query(), remaining(timeouts.queryMs), () => closeSession());
          return { value: undefined, detail: `${driver.queryName}: ${detail}` };
        } catch (error) {
          const verdict = driver.classify(error, context);
          throw new StepFailure(verdict.state, verdict.message);
        }
      });
    } finally {
      try {
        closeSession();
      } catch {
        // already closed
      }
    }
    return finish("Connectable", null);
  } catch (error) {
    if (error instanceof StepFailure) return finish(error.state, error.message);
    return finish("Unsupport", `the test could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** TCP-connects to the first address that answers; refusals and timeouts are Unreachable. */
async function connectAny(endpoint: { host: string; port: number; addresses: string[] }, timeoutMs: number): Promise<PinnedEndpoint> {
  const problems: string[] = [];
  for (const address of endpoint.addresses) {
    const socket = net.connect({ host: address, port: endpoint.port });
    try {
      await withTimeout(
        new Promise<void>((resolve, reject) => {
          socket.once("connect", resolve);
          socket.once("error", reject);
        }),
        timeoutMs,
        () => socket.destroy(),
      );
      socket.destroy();
      return { host: endpoint.host, address, port: endpoint.port };
    } catch (error) {
      socket.destroy();
      const code = (error as NodeJS.ErrnoException).code;
      const where = formatHostPort(address, endpoint.port);
      if (error instanceof StepTimeoutError) problems.push(`${where} did not accept the connection within ${error.ms} ms`);
      else if (code === "ECONNREFUSED") problems.push(`${where} refused the connection (nothing listens there)`);
      else problems.push(`${where}: ${(error as Error).message}`);
    }
  }
  throw new StepFailure("Unreachable", problems.join("; "));
}

async function tlsHandshake(endpoint: PinnedEndpoint, caCertificate: string, timeoutMs: number): Promise<void> {
  const socket = tls.connect({
    host: endpoint.address,
    port: endpoint.port,
    servername: net.isIP(endpoint.host) === 0 ? endpoint.host : undefined,
    ca: caCertificate || undefined,
    rejectUnauthorized: true,
    checkServerIdentity: (_name, certificate) => tls.checkServerIdentity(endpoint.host, certificate),
  });
  try {
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once("secureConnect", resolve);
        socket.once("error", reject);
      }),
      timeoutMs,
      () => socket.destroy(),
    );
  } catch (error) {
    if (error instanceof StepTimeoutError) throw new StepFailure("Unreachable", `no TLS answer within ${error.ms} ms`);
    throw new StepFailure("ConfigError", `TLS failed (${(error as Error).message}): is TLS on at the server, and is its certificate valid for ${endpoint.host}?`);
  } finally {
    socket.destroy();
  }
}
