import { UpstreamApiError } from "@/lib/server/upstream/upstream-errors";

/**
 * Whether a data service refused an Action because it does not know it: a Nightshift extension
 * asked of real DataWorks. The caller then does the same work with documented Actions.
 */
export function isUnknownAction(error: unknown): boolean {
  return error instanceof UpstreamApiError && error.upstream.kind === "answer" && (error.upstream.code === "InvalidAction.NotFound" || error.upstream.code === "InvalidAction");
}
