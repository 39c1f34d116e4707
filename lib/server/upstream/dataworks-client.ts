import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { z } from "zod";
import { ApiError } from "@/lib/server/http/api-error";
import { PreciseJsonError, parsePreciseJson, type PreciseJsonValue } from "./precise-json";
import { encodeParameters, signRequestParameters } from "./rpc-signature";
import { isThrottling, toApiErrorFromFailure, toApiErrorFromNetwork, type UpstreamFailure } from "./upstream-errors";

/** Where a DataWorks-compatible endpoint answers and the AccessKey pair that signs for it. */
export type DataWorksConnection = {
  endpoint: string;
  regionId: string;
  accessKeyId: string;
  accessKeySecret: string;
};

export type DataWorksParamValue = string | number | boolean | bigint | undefined;
export type DataWorksParams = Record<string, DataWorksParamValue>;

export type DataWorksCallOptions = {
  timeoutMs?: number;
  /** Reads go as GET and writes as a POST form; this overrides the guess from the action name. */
  method?: "GET" | "POST";
};

export type DataWorksClientOptions = {
  defaultTimeoutMs?: number;
  /** Attempts in all when the upstream throttles (1 = no retry). */
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Test seams. */
  fetchImpl?: typeof fetch;
  random?: () => number;
  sleepImpl?: (ms: number) => Promise<unknown>;
};

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_ATTEMPTS = 3;
/** Actions that only read; everything else is a write and goes as POST. */
const READ_ACTION_PATTERN = /^(List|Get|Describe|Query|Search|Check|Count|TopTen)/;

function toWireValue(value: Exclude<DataWorksParamValue, undefined>): string {
  return typeof value === "string" ? value : String(value);
}

/** Full jitter: a random wait in [0, min(max, base · 2^attempt)). */
export function backoffDelayMs(attempt: number, options: { baseMs: number; maxMs: number; random: () => number }): number {
  return Math.floor(options.random() * Math.min(options.maxMs, options.baseMs * 2 ** attempt));
}

function readFailure(action: string, httpStatus: number, body: PreciseJsonValue): UpstreamFailure {
  const record = body !== null && typeof body === "object" && !Array.isArray(body) ? body : {};
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const businessCode = text(record.ErrorCode);
  return {
    action,
    httpStatus,
    code: businessCode ?? text(record.Code),
    message: text(record.ErrorMessage) ?? text(record.Message),
    requestId: text(record.RequestId),
    isBusinessError: businessCode !== undefined,
  };
}

/**
 * A client of the DataWorks OpenAPI 2020-05-18 (RPC style, signature v1). The same client talks to
 * the embedded engine and to `https://dataworks.<region>.aliyuncs.com`; only the connection differs.
 */
export class DataWorksClient {
  readonly endpoint: string;
  private readonly options: Required<Omit<DataWorksClientOptions, "fetchImpl">> & { fetchImpl: typeof fetch };

  constructor(
    private readonly connection: DataWorksConnection,
    options: DataWorksClientOptions = {},
  ) {
    this.endpoint = connection.endpoint.replace(/\/+$/, "");
    this.options = {
      defaultTimeoutMs: options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      backoffBaseMs: options.backoffBaseMs ?? 200,
      backoffMaxMs: options.backoffMaxMs ?? 2_000,
      fetchImpl: options.fetchImpl ?? fetch,
      random: options.random ?? Math.random,
      sleepImpl: options.sleepImpl ?? sleep,
    };
  }

  /** The AccessKey ID this client signs with (never the secret). */
  get accessKeyId(): string {
    return this.connection.accessKeyId;
  }

  /**
   * Calls one Action and returns its whole response body parsed by `schema`. Throws ApiError only.
   * A throttled call is retried (the gateway refused it before doing anything); nothing else is.
   */
  async call<T>(action: string, params: DataWorksParams, schema: z.ZodType<T>, options: DataWorksCallOptions = {}): Promise<T> {
    const method = options.method ?? (READ_ACTION_PATTERN.test(action) ? "GET" : "POST");
    const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs;
    const wireParams: Record<string, string> = {};
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) wireParams[name] = toWireValue(value);
    }

    for (let attempt = 0; ; attempt += 1) {
      const { httpStatus, body, headerRequestId } = await this.send(action, method, wireParams, timeoutMs);
      const failure = httpStatus >= 200 && httpStatus < 300 && !isFailureEnvelope(body) ? null : readFailure(action, httpStatus, body);
      if (failure) {
        failure.requestId ??= headerRequestId;
        if (isThrottling(failure) && attempt + 1 < this.options.maxAttempts) {
          await this.options.sleepImpl(backoffDelayMs(attempt, { baseMs: this.options.backoffBaseMs, maxMs: this.options.backoffMaxMs, random: this.options.random }));
          continue;
        }
        const error = toApiErrorFromFailure(failure);
        console.warn(`[upstream] ${action} → HTTP ${httpStatus} ${failure.code ?? ""} ${failure.requestId ?? ""}: ${failure.message ?? ""}`.trim());
        throw error;
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const paths = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
        console.warn(`[upstream] ${action} answered an unexpected shape (${headerRequestId ?? "no request id"}): ${paths.join("; ")}`);
        throw new ApiError("UPSTREAM_ERROR", `The data service answered ${action} in a shape this console does not understand${headerRequestId ? ` (upstream request ${headerRequestId})` : ""}.`);
      }
      return parsed.data;
    }
  }

  private async send(action: string, method: "GET" | "POST", params: Record<string, string>, timeoutMs: number) {
    const signed = signRequestParameters({
      method,
      action,
      params,
      accessKeyId: this.connection.accessKeyId,
      accessKeySecret: this.connection.accessKeySecret,
      regionId: this.connection.regionId,
    });
    const encoded = encodeParameters(signed);
    const url = method === "GET" ? `${this.endpoint}/?${encoded}` : `${this.endpoint}/`;
    let response: Response;
    let text: string;
    try {
      response = await this.options.fetchImpl(url, {
        method,
        headers: method === "POST" ? { "content-type": "application/x-www-form-urlencoded", accept: "application/json" } : { accept: "application/json" },
        body: method === "POST" ? encoded : undefined,
        signal: AbortSignal.timeout(timeoutMs),
        cache: "no-store",
        redirect: "error",
      });
      text = await response.text();
    } catch (error) {
      const mapped = toApiErrorFromNetwork(error, { action, endpoint: this.endpoint, timeoutMs });
      console.warn(`[upstream] ${action} at ${this.endpoint}: ${mapped.code} (${error instanceof Error ? error.message : String(error)})`);
      throw mapped;
    }
    const headerRequestId = response.headers.get("x-acs-request-id") ?? undefined;
    let body: PreciseJsonValue;
    try {
      body = parsePreciseJson(text);
    } catch (error) {
      if (!(error instanceof PreciseJsonError)) throw error;
      console.warn(`[upstream] ${action} answered HTTP ${response.status} with a body that is not JSON (${text.length} characters)`);
      if (response.status === 429) return { httpStatus: 429, body: null, headerRequestId };
      throw new ApiError("UPSTREAM_ERROR", `The data service answered ${action} with HTTP ${response.status} and a body that is not JSON; check that the endpoint is a DataWorks OpenAPI endpoint.`);
    }
    return { httpStatus: response.status, body, headerRequestId };
  }
}

/** Some gateways answer 200 with `Success: false`; treat it like the error it is. */
function isFailureEnvelope(body: PreciseJsonValue): boolean {
  return body !== null && typeof body === "object" && !Array.isArray(body) && body.Success === false;
}
