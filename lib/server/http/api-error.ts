import "server-only";
import type { TApiErrorCode, TApiIssue } from "@/lib/contracts/common";

/** The one code → HTTP status table of the console's API. */
export const API_ERROR_STATUS: Record<TApiErrorCode, number> = {
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_ORIGIN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  REFUSED_BY_STATE: 409,
  RATE_LIMITED: 429,
  UPSTREAM_ERROR: 502,
  UPSTREAM_UNREACHABLE: 502,
  UPSTREAM_TIMEOUT: 504,
  INTERNAL: 500,
};

/**
 * An error whose message is safe to show the user. withRoute answers it with its code and status;
 * any other thrown value becomes a generic 500.
 */
export class ApiError extends Error {
  readonly code: TApiErrorCode;
  readonly status: number;
  readonly issues: TApiIssue[] | undefined;

  constructor(code: TApiErrorCode, message: string, options?: { issues?: TApiIssue[]; status?: number }) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = options?.status ?? API_ERROR_STATUS[code];
    this.issues = options?.issues;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
