import http from "node:http";
import type { AddressInfo } from "node:net";
import { rpcExchangeOf, type RpcGateway } from "./gateway";
import { gatewayErrors } from "./gateway-errors";
import { hostIdOf, newRequestId, sendGatewayError, sendWireJson } from "./http-response";

export type RpcRequestLogEntry = { method: string; path: string; action: string | undefined; status: number; ms: number; requestId: string | undefined };

/** One line per request, e.g. `GET / ListInstances 200 4ms 6F1C…`. */
export function formatRpcRequestLogLine(entry: RpcRequestLogEntry): string {
  return `${entry.method} ${entry.path} ${entry.action ?? "-"} ${entry.status} ${entry.ms}ms ${entry.requestId ?? "-"}`;
}

export type RpcServerOptions = {
  host: string;
  port: number;
  gateway: RpcGateway;
  /** Extra fields for `GET /healthz`; it is unsigned, so put nothing secret in it. */
  healthInfo?: () => Promise<object>;
  /** Receives one entry per finished request; none by default. */
  log?: (entry: RpcRequestLogEntry) => void;
  /** Where failures outside the gateway (health checks) are written; console.error by default. */
  logError?: (message: string, error: unknown) => void;
};

export type RpcServer = {
  listen(): Promise<{ host: string; port: number }>;
  close(): Promise<void>;
  /** `http://host:port` once listening (the actual port when `port` was 0). */
  url(): string;
};

const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The engine's HTTP endpoint: `/` is the RPC gateway, `GET /healthz` an unsigned liveness answer. */
export function createRpcServer(options: RpcServerOptions): RpcServer {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const server = http.createServer((request, response) => {
    const startedAt = performance.now();
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    response.once("finish", () => {
      const exchange = rpcExchangeOf(response);
      const requestId = exchange?.requestId ?? response.getHeader("x-acs-request-id")?.toString();
      options.log?.({ method: request.method ?? "", path, action: exchange?.action, status: response.statusCode, ms: Math.round(performance.now() - startedAt), requestId });
    });
    void route(request, response, path).catch((error: unknown) => {
      logError("[rpc] unanswered request failure", error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });

  // SDK clients (and the console) reuse idle keep-alive connections. With Node's 5 s default, a client
  // that sends just as the server drops an idle socket gets ECONNRESET; a long idle timeout avoids it.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;

  async function route(request: http.IncomingMessage, response: http.ServerResponse, path: string): Promise<void> {
    if (path === "/") return options.gateway(request, response);
    const requestId = newRequestId();
    const hostId = hostIdOf(request, options.host);
    if (path !== "/healthz") return sendGatewayError(response, gatewayErrors.actionNotFound(), requestId, hostId);
    if (request.method !== "GET") {
      response.setHeader("Allow", "GET");
      return sendGatewayError(response, gatewayErrors.unsupportedMethod(request.method ?? ""), requestId, hostId);
    }
    try {
      const info = (await options.healthInfo?.()) ?? {};
      sendWireJson(response, 200, { ...info, status: "ok" }, requestId);
    } catch (error) {
      logError(`[rpc] ${requestId} health check failed`, error);
      sendWireJson(response, 503, { status: "unavailable", RequestId: requestId }, requestId);
    }
  }

  let address: { host: string; port: number } | undefined;

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, options.host, () => {
          server.off("error", reject);
          const bound = server.address() as AddressInfo;
          address = { host: options.host, port: bound.port };
          resolve(address);
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive clients (pop-core keeps its sockets) would otherwise hold close() open.
        server.closeIdleConnections();
      }),
    url: () => {
      if (!address) throw new Error("createRpcServer: url() before listen()");
      const host = address.host.includes(":") ? `[${address.host}]` : address.host;
      return `http://${host}:${address.port}`;
    },
  };
}
