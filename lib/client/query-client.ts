import { isServer, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiClientError } from "./api-client";

/** Client errors that retrying cannot fix: the request itself is wrong, or the user may not do it. */
const NO_RETRY_STATUSES = new Set([400, 401, 403, 404, 409, 413, 422]);

/** Retries reads twice on network and server trouble; never mutations (they are not all idempotent). */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (isApiClientError(error) && NO_RETRY_STATUSES.has(error.status)) return false;
  return true;
}

/** An ended session sends the tab to /login, coming back here afterwards. */
function redirectToLoginOnUnauthenticated(error: unknown): void {
  if (isServer || !isApiClientError(error) || error.status !== 401) return;
  if (window.location.pathname.startsWith("/login")) return;
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/login?next=${encodeURIComponent(next)}&reason=expired`);
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: redirectToLoginOnUnauthenticated }),
    mutationCache: new MutationCache({ onError: redirectToLoginOnUnauthenticated }),
    defaultOptions: {
      queries: {
        // Ops data moves; 15 s keeps tab switches cheap while pages that need fresher data poll.
        staleTime: 15_000,
        refetchOnWindowFocus: true,
        retry: shouldRetryQuery,
        retryDelay: (attempt) => Math.min(1_000 * 2 ** attempt, 8_000),
      },
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** One client per browser tab; a fresh one per server render so users never share a cache. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
