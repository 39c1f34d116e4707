import "server-only";
import { ApiError } from "@/lib/server/http/api-error";
import { UpstreamApiError } from "@/lib/server/upstream/dataworks";

/**
 * Monitoring Actions name a missing object `…NotExist` (not `…NotExists` as elsewhere) and a bad
 * parameter `Invalid.Wkbench.Parameter`; those are the caller's 404 and 422, not a broken upstream.
 */
export async function withMonitorErrors<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UpstreamApiError && error.upstream.kind === "answer") {
      const code = error.upstream.code ?? "";
      if (/NotExists?$/.test(code)) throw new ApiError("NOT_FOUND", `The data service does not know this ${what}.`);
      if (code === "Invalid.Wkbench.Parameter" || code.startsWith("Invalid.Parameter") || code === "MissingParameter") {
        throw new ApiError("VALIDATION_FAILED", error.message, { issues: [{ path: "body", message: error.message }] });
      }
    }
    throw error;
  }
}
