import "server-only";

/** The client's address as the nearest proxy reports it; "unknown" when served directly without one. */
export function clientIpOf(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "unknown";
}

export function userAgentOf(request: Request): string {
  return request.headers.get("user-agent") ?? "";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isMutatingMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Whether a mutating request comes from our own pages: its Origin names the host it was sent to.
 * Without an Origin header, only a browser's `Sec-Fetch-Site: same-origin` counts.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || new URL(request.url).host;
  if (!origin || origin === "null") return request.headers.get("sec-fetch-site") === "same-origin";
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
