import "server-only";
import type { TAuditResult } from "@/lib/contracts/audit";
import type { TActor } from "@/lib/server/auth/actor";
import { recordAudit, type TRecordAuditInput } from "@/lib/server/audit/record-audit";
import { ApiError } from "@/lib/server/http/api-error";

/** An error the data service or the console raised because the request may not be carried out, not because something broke. */
function auditResultOfError(error: unknown): TAuditResult {
  if (error instanceof ApiError && (error.code === "REFUSED_BY_STATE" || error.code === "VALIDATION_FAILED" || error.code === "NOT_FOUND" || error.code === "CONFLICT")) {
    return "refused";
  }
  return "failed";
}

export type TAuditedInput = Omit<TRecordAuditInput, "result" | "details" | "actor"> & { actor: TActor };

/**
 * Runs one mutating operation and writes exactly one audit record for it: `ok` with the details
 * the operation returns, or `refused`/`failed` with the error's code, after which the error is
 * thrown on. Answers the operation's value and the audit record's id.
 */
export async function runAudited<T>(audit: TAuditedInput, work: () => Promise<{ value: T; details?: unknown }>): Promise<{ value: T; auditId: number }> {
  let outcome: { value: T; details?: unknown };
  try {
    outcome = await work();
  } catch (error) {
    await recordAudit({
      ...audit,
      result: auditResultOfError(error),
      details: { error: error instanceof ApiError ? { code: error.code, message: error.message } : { code: "INTERNAL" } },
    });
    throw error;
  }
  const auditId = await recordAudit({ ...audit, result: "ok", details: outcome.details ?? null });
  return { value: outcome.value, auditId };
}
