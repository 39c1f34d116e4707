import { ApiError } from "@/lib/server/http/api-error";

/**
 * The upstream error code behind an ApiError of the DataWorks client: its `upstream.code`
 * (UpstreamApiError), else the `(code X, upstream request Y)` its message ends with. This is how
 * an area learns that an Action is unknown or a parameter is missing.
 */
export function upstreamCodeOf(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const upstream = (error as ApiError & { upstream?: { code?: unknown } }).upstream;
  if (typeof upstream?.code === "string") return upstream.code;
  return /\(code ([A-Za-z0-9._-]+)/.exec(error.message)?.[1];
}

/** The data service does not have this Action (real DataWorks and the engine's extensions). */
export function isUnknownActionError(error: unknown): boolean {
  const code = upstreamCodeOf(error);
  return code === "InvalidAction.NotFound" || code === "InvalidAction";
}

/** The data service wants a parameter the console left out (DataWorks' ListInstances without NodeId). */
export function isMissingParameterError(error: unknown): boolean {
  return upstreamCodeOf(error) === "MissingParameter";
}
