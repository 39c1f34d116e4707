import "server-only";
import { ApiError } from "@/lib/server/http/api-error";

/**
 * Maps what a data service answered (or failed to answer) to the console's ApiError. The upstream
 * body never travels further: a business error contributes its short message, a gateway error
 * only its code, and every message names the upstream RequestId so the two logs can be joined.
 */

/** An ApiError that also remembers what the upstream said, for the console's own diagnostics (tests, logs). */
export class UpstreamApiError extends ApiError {
  constructor(
    code: ConstructorParameters<typeof ApiError>[0],
    message: string,
    readonly upstream: { kind: "answer" | "network"; code: string | undefined; requestId: string | undefined; isCredentialError: boolean },
  ) {
    super(code, message);
  }
}

/** A failed upstream answer, as read from its body (DataWorks business or Alibaba gateway envelope). */
export type UpstreamFailure = {
  action: string;
  httpStatus: number;
  code: string | undefined;
  message: string | undefined;
  requestId: string | undefined;
  /** True for DataWorks' business envelope (`ErrorCode`), false for the gateway's (`Code` only). */
  isBusinessError: boolean;
};

const MAX_UPSTREAM_MESSAGE_LENGTH = 300;

/** Throttling clears within seconds, except the daily quota (…Risk), which retrying cannot help. */
export function isThrottling(failure: Pick<UpstreamFailure, "httpStatus" | "code">): boolean {
  if (failure.code?.startsWith("Throttling")) return !failure.code.endsWith(".Risk");
  return failure.httpStatus === 429;
}

const CREDENTIAL_CODES = new Set([
  "InvalidAccessKeyId.NotFound",
  "InvalidAccessKeyId.Inactive",
  "SignatureDoesNotMatch",
  "IncompleteSignature",
  "MissingSignature",
]);

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_UPSTREAM_MESSAGE_LENGTH ? `${oneLine.slice(0, MAX_UPSTREAM_MESSAGE_LENGTH)}…` : oneLine;
}

function reference(failure: UpstreamFailure): string {
  const parts = [failure.code ? `code ${failure.code}` : `HTTP ${failure.httpStatus}`];
  if (failure.requestId) parts.push(`upstream request ${failure.requestId}`);
  return `(${parts.join(", ")})`;
}

export function toApiErrorFromFailure(failure: UpstreamFailure): UpstreamApiError {
  const code = failure.code ?? "";
  const isCredentialError = CREDENTIAL_CODES.has(code) || code.startsWith("Forbidden") || failure.httpStatus === 401 || failure.httpStatus === 403;
  const upstream = { kind: "answer" as const, code: failure.code, requestId: failure.requestId, isCredentialError };
  const upstreamMessage = failure.isBusinessError && failure.message ? shorten(failure.message) : undefined;
  if (code.endsWith("NotExists")) {
    return new UpstreamApiError("NOT_FOUND", `${upstreamMessage ?? "The data service does not know this object."} ${reference(failure)}`, upstream);
  }
  if (code === "Invalid.Instance.StatusNotAllowed" || code === "Invalid.Instance.RerunDenied") {
    return new UpstreamApiError("REFUSED_BY_STATE", `${upstreamMessage ?? "The instance's state does not allow this operation."} ${reference(failure)}`, upstream);
  }
  if (isThrottling(failure)) {
    return new UpstreamApiError("RATE_LIMITED", `The data service is throttling ${failure.action} calls; wait a few seconds and try again. ${reference(failure)}`, upstream);
  }
  if (isCredentialError) {
    return new UpstreamApiError(
      "UPSTREAM_ERROR",
      `The data service refused the AccessKey for ${failure.action}; check the AccessKey pair and its permissions in Settings → Data services. ${reference(failure)}`, upstream);
  }
  if (code.startsWith("InvalidTimeStamp")) {
    return new UpstreamApiError("UPSTREAM_ERROR", `The data service refused the request time; check that this server's clock is correct. ${reference(failure)}`, upstream);
  }
  const detail = upstreamMessage ? `: ${upstreamMessage}` : "";
  return new UpstreamApiError("UPSTREAM_ERROR", `The data service could not answer ${failure.action}${detail} ${reference(failure)}`, upstream);
}

/** The errno-style code of a failed fetch (undici puts it on `cause`). */
function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return undefined;
}

const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"]);

export function isTimeoutError(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || networkErrorCode(error) === "UND_ERR_HEADERS_TIMEOUT");
}

/** A fetch that threw: no answer at all. */
export function toApiErrorFromNetwork(error: unknown, context: { action: string; endpoint: string; timeoutMs: number }): UpstreamApiError {
  const upstream = { kind: "network" as const, code: networkErrorCode(error), requestId: undefined, isCredentialError: false };
  if (isTimeoutError(error)) {
    return new UpstreamApiError("UPSTREAM_TIMEOUT", `The data service at ${context.endpoint} did not answer ${context.action} within ${context.timeoutMs / 1000} s.`, upstream);
  }
  const code = networkErrorCode(error);
  if (code && UNREACHABLE_CODES.has(code)) {
    const what = code === "ECONNREFUSED" ? "refused the connection" : code === "ENOTFOUND" || code === "EAI_AGAIN" ? "has a host name that does not resolve" : "cannot be reached";
    return new UpstreamApiError("UPSTREAM_UNREACHABLE", `The data service at ${context.endpoint} ${what} (${code}); check that it is running and that the endpoint is right.`, upstream);
  }
  return new UpstreamApiError("UPSTREAM_ERROR", `The connection to the data service at ${context.endpoint} failed during ${context.action}${code ? ` (${code})` : ""}.`, upstream);
}
