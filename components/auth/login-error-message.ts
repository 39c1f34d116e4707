import { isApiClientError } from "@/lib/client/api-client";
import { AUTH_STRINGS } from "./auth-strings";

/** What the sign-in form says about a failure: the general reason, never which part was wrong. */
export function loginErrorMessage(error: unknown): { text: string; detail?: string } {
  if (!isApiClientError(error)) return { text: AUTH_STRINGS.errors.fallback };
  if (error.code === "UNAUTHENTICATED") return { text: AUTH_STRINGS.errors.UNAUTHENTICATED };
  // The server's rate-limit message says how long to wait.
  if (error.code === "RATE_LIMITED") return { text: AUTH_STRINGS.errors.RATE_LIMITED, detail: error.message };
  if (error.code === "NETWORK") return { text: AUTH_STRINGS.errors.NETWORK };
  if (error.code === "VALIDATION_FAILED") return { text: error.issues[0]?.message ?? error.message };
  return { text: AUTH_STRINGS.errors.fallback, detail: error.requestId ? `Request ID ${error.requestId}` : undefined };
}
