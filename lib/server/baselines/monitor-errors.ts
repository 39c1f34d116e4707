import "server-only";
import { ApiError } from "@/lib/server/http/api-error";
import { UpstreamApiError } from "@/lib/server/upstream/dataworks";

export type TMonitorErrorOptions = {
  /** Upstream parameter name → the console's field, for a refused parameter (`…invalid: NodeIds: …`). */
  fields?: Record<string, string>;
  /** Upstream "object does not exist" codes that are a bad field of the request, not a missing target. */
  missingAsField?: Record<string, string>;
};

/** The parameter a DataWorks-style refusal names: "The specified parameters are invalid: NodeIds: required …". */
export function refusedParameter(message: string): { name: string; detail: string } | null {
  const match = /invalid:\s*([A-Za-z][\w.]*):\s*(.+?)(?:\s*\((?:code|HTTP)[^)]*\))?$/.exec(message);
  return match ? { name: match[1]!, detail: match[2]!.trim() } : null;
}

/**
 * Monitoring Actions name a missing object `…NotExist` (not `…NotExists` as elsewhere) and a bad
 * parameter `Invalid.Wkbench.Parameter`; those are the caller's 404 and 422 (on the field the
 * upstream names, where known), not a broken upstream.
 */
export async function withMonitorErrors<T>(what: string, work: () => Promise<T>, options: TMonitorErrorOptions = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UpstreamApiError && error.upstream.kind === "answer") {
      const code = error.upstream.code ?? "";
      const asField = options.missingAsField?.[code];
      if (asField) throw new ApiError("VALIDATION_FAILED", `The data service does not know one of the ${asField}.`, { issues: [{ path: asField, message: "one of these does not exist" }] });
      if (/NotExists?$/.test(code)) throw new ApiError("NOT_FOUND", `The data service does not know this ${what}.`);
      if (code === "Invalid.Wkbench.Parameter" || code.startsWith("Invalid.Parameter") || code === "MissingParameter") {
        const refused = refusedParameter(error.message);
        const path = refused ? (options.fields?.[refused.name] ?? refused.name.charAt(0).toLowerCase() + refused.name.slice(1)) : "body";
        throw new ApiError("VALIDATION_FAILED", `The data service refused the ${what}: ${refused ? `${path}: ${refused.detail}` : error.message}`, { issues: [{ path, message: refused?.detail ?? error.message }] });
      }
    }
    throw error;
  }
}
