import type { IncomingMessage, ServerResponse } from "node:http";
import { EngineError } from "../model/errors";
import type { EventBus } from "../model/events";
import type { Database } from "../store/database";
import type { ActionDefinition, EnvelopeKind } from "./action";
import { parseActionParameters } from "./action-parameters";
import { stringToSign } from "./canonical";
import { readCommonParameters, type CommonParameters } from "./common-parameters";
import { GatewayError, gatewayErrors } from "./gateway-errors";
import { hostIdOf, newRequestId, sendGatewayError, sendWireJson } from "./http-response";
import { NonceCache } from "./nonce-cache";
import { DEFAULT_REQUEST_LIMITS, readRpcParameters, type RequestLimits } from "./request-parameters";
import { computeRpcSignature, signaturesMatch } from "./signature";
import { ApiLevelThrottle } from "./throttle";

export type RpcAccessKey = { id: string; secret: string };
export type Clock = { now(): number };

export type RpcGatewayOptions = {
  db: Database;
  events: EventBus;
  accessKeys: readonly RpcAccessKey[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action has its own params schema
  actions: readonly ActionDefinition<any>[];
  region: string;
  clock?: Clock;
  /** HostId in error bodies when the request carries no usable Host header. */
  hostId?: string;
  /** ENGINE_MAX_SKEW_SECONDS: how far a Timestamp may be from the engine's clock. */
  maxSkewSeconds?: number;
  /** ENGINE_RATE_LIMIT_SCALE: multiplies the API-level limits; 0 = unlimited. */
  rateLimitScale?: number;
  /** ENGINE_NONCE_CACHE_MAX_PER_KEY: nonces kept per AccessKey ID before it gets Throttling.User. */
  nonceCacheMaxPerKey?: number;
  limits?: RequestLimits;
  /** Where unexpected handler failures are written (with the RequestId); the caller only sees a generic 500. */
  logError?: (message: string, error: unknown) => void;
};

export type RpcGateway = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** What the server's request log needs to know about an exchange the gateway answered. */
export type RpcExchange = { requestId: string; action: string | undefined };

const exchanges = new WeakMap<ServerResponse, RpcExchange>();

export function rpcExchangeOf(response: ServerResponse): RpcExchange | undefined {
  return exchanges.get(response);
}

const INTERNAL_ERROR_CODE = "InternalError.System";
const INTERNAL_ERROR_MESSAGE = "An internal system error occurred. Try again later.";

/** The gateway: authenticates, throttles and validates each RPC call, runs its action and wraps the answer. */
export function createRpcGateway(options: RpcGatewayOptions): RpcGateway {
  const clock = options.clock ?? { now: () => Date.now() };
  const maxSkewSeconds = options.maxSkewSeconds ?? 900;
  const secrets = new Map(options.accessKeys.map((key) => [key.id, key.secret]));
  const actions = new Map(options.actions.map((action) => [action.name, action]));
  const nonces = new NonceCache({ retentionMs: maxSkewSeconds * 1000, maxPerKey: options.nonceCacheMaxPerKey ?? 250_000 });
  const throttle = new ApiLevelThrottle(options.rateLimitScale ?? 1);
  const logError = options.logError ?? ((message, error) => console.error(message, error));

  function authenticate(method: string, params: Record<string, string>, common: CommonParameters, now: number): void {
    const secret = secrets.get(common.accessKeyId);
    if (secret === undefined) throw gatewayErrors.accessKeyNotFound();
    if (!signaturesMatch(computeRpcSignature(method, params, secret), common.signature)) {
      throw gatewayErrors.signatureDoesNotMatch(stringToSign(method, params));
    }
    if (Math.abs(now - common.timestampMs) > maxSkewSeconds * 1000) throw gatewayErrors.timestampExpired(maxSkewSeconds);
    const verdict = nonces.remember(common.accessKeyId, common.signatureNonce, common.timestampMs, now);
    if (verdict === "replayed") throw gatewayErrors.nonceUsed();
    if (verdict === "flooded") throw gatewayErrors.throttledUser();
  }

  async function answer(request: IncomingMessage, exchange: RpcExchange): Promise<{ status: number; body: unknown }> {
    const method = request.method ?? "";
    if (method !== "GET" && method !== "POST") throw gatewayErrors.unsupportedMethod(method);
    const params = await readRpcParameters(request, options.limits ?? DEFAULT_REQUEST_LIMITS);
    exchange.action = loggableActionName(params.Action);
    const common = readCommonParameters(params);
    const now = clock.now();
    authenticate(method, params, common, now);
    const action = actions.get(common.action);
    if (!action) throw gatewayErrors.actionNotFound();
    const verdict = throttle.admit(common.accessKeyId, action.level, now);
    if (verdict === "qps-exceeded") throw gatewayErrors.throttledByQps();
    if (verdict === "daily-exceeded") throw gatewayErrors.throttledByDailyLimit();
    const actionParams = parseActionParameters(action.params, params);
    const result = await action.handler(actionParams, {
      db: options.db,
      events: options.events,
      requestId: exchange.requestId,
      accessKeyId: common.accessKeyId,
      region: common.regionId ?? options.region,
      now,
    });
    return { status: 200, body: wrapResult(action.envelope, exchange.requestId, result, action.name) };
  }

  return async (request, response) => {
    const exchange: RpcExchange = { requestId: newRequestId(), action: undefined };
    exchanges.set(response, exchange);
    const { requestId } = exchange;
    try {
      const { status, body } = await answer(request, exchange);
      sendWireJson(response, status, body, requestId);
    } catch (error) {
      if (error instanceof GatewayError) {
        if (error.httpStatus === 405) response.setHeader("Allow", "GET, POST");
        sendGatewayError(response, error, requestId, hostIdOf(request, options.hostId ?? "localhost"));
      } else if (error instanceof EngineError) {
        sendWireJson(response, error.httpStatus, failureEnvelope(requestId, error.httpStatus, error.code, error.message), requestId);
      } else {
        logError(`[rpc] ${requestId} ${exchange.action ?? "(no action)"} failed: ${INTERNAL_ERROR_CODE}`, error);
        sendWireJson(response, 500, failureEnvelope(requestId, 500, INTERNAL_ERROR_CODE, INTERNAL_ERROR_MESSAGE), requestId);
      }
    }
  };
}

/** The name is the caller's text: only a plausible API name reaches the request log. */
function loggableActionName(action: string | undefined): string | undefined {
  if (action === undefined) return undefined;
  return /^[A-Za-z][A-Za-z0-9]{0,127}$/.test(action) ? action : "(invalid Action)";
}

function wrapResult(envelope: EnvelopeKind, requestId: string, result: unknown, actionName: string): object {
  if (envelope === "standard") return { RequestId: requestId, HttpStatusCode: 200, Success: true, Data: result };
  if (typeof result !== "object" || result === null || Array.isArray(result)) {
    throw new Error(`action ${actionName} has envelope "${envelope}" but returned ${Array.isArray(result) ? "an array" : typeof result}, not an object`);
  }
  return envelope === "success" ? { RequestId: requestId, Success: true, ...result } : { RequestId: requestId, ...result };
}

/**
 * DataWorks' failure envelope. `Code`/`Message` repeat `ErrorCode`/`ErrorMessage` because pop-core
 * (and Alibaba's other SDKs) only raise an error for a body carrying `Code`, whatever the HTTP status.
 */
function failureEnvelope(requestId: string, httpStatusCode: number, code: string, message: string) {
  return { RequestId: requestId, HttpStatusCode: httpStatusCode, Success: false, ErrorCode: code, ErrorMessage: message, Code: code, Message: message };
}
