import "server-only";

/**
 * Where /login sends the user back to: only a path on this site, so `?next=` cannot redirect
 * off-site ("//evil", "/\evil", or control characters that browsers strip into "//").
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/")) return "/";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(next) || next.startsWith("//")) return "/";
  if (next === "/login" || next.startsWith("/login?") || next.startsWith("/api/")) return "/";
  return next;
}
