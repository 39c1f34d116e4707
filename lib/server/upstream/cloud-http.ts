import "server-only";
import { ApiError } from "@/lib/server/http/api-error";
import { toApiErrorFromNetwork } from "./upstream-errors";

/** What a cloud check service (DTS, DLI, DRS) answered: its HTTP status and JSON body, not yet checked. */
export type CloudAnswer = { httpStatus: number; body: unknown; headerRequestId: string | undefined };

export type CloudRequest = {
  /** "DTS DescribeConnectionStatus", for messages and logs. */
  what: string;
  endpoint: string;
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
};

/**
 * Sends one signed request and reads its JSON body. No answer → UPSTREAM_TIMEOUT / _UNREACHABLE /
 * _ERROR; an answer that is not JSON → UPSTREAM_ERROR. Nothing is retried: a check is cheap to ask again.
 */
export async function sendCloudRequest(request: CloudRequest): Promise<CloudAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await (request.fetchImpl ?? fetch)(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(request.timeoutMs),
      cache: "no-store",
      redirect: "error",
    });
    text = await response.text();
  } catch (error) {
    const mapped = toApiErrorFromNetwork(error, { action: request.what, endpoint: request.endpoint, timeoutMs: request.timeoutMs });
    console.warn(`[upstream] ${request.what} at ${request.endpoint}: ${mapped.code}`);
    throw mapped;
  }
  const headerRequestId = response.headers.get("x-acs-request-id") ?? response.headers.get("x-request-id") ?? undefined;
  if (text.trim() === "") return { httpStatus: response.status, body: null, headerRequestId };
  try {
    return { httpStatus: response.status, body: JSON.parse(text) as unknown, headerRequestId };
  } catch {
    console.warn(`[upstream] ${request.what} answered HTTP ${response.status} with a body that is not JSON (${text.length} characters)`);
    throw new ApiError("UPSTREAM_ERROR", `${request.what} answered HTTP ${response.status} with a body that is not JSON; check the endpoint of this service.`);
  }
}

/** The request id, code and message of a failed answer, read from whichever of the usual keys it uses. */
export function readCloudError(body: unknown): { code: string | null; message: string | null; requestId: string | null } {
  const record = body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === "string" && value.trim() !== "") return value.trim().slice(0, 300);
    }
    return null;
  };
  return {
    code: text("ErrCode", "Code", "error_code", "ErrorCode"),
    message: text("ErrMessage", "Message", "error_msg", "message", "ErrorMessage"),
    requestId: text("RequestId", "request_id"),
  };
}
