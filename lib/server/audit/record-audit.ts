import "server-only";
import type { TAuditResult } from "@/lib/contracts/audit";
import type { TActor } from "@/lib/server/auth/actor";
import { getConsoleDb } from "@/lib/server/db";

/** Details beyond this are cut (and say so): an audit row must not become a data dump. */
const MAX_DETAILS_CHARS = 64 * 1024;

export type TRecordAuditInput = {
  /** Who asked; null only for actions without a signed-in user (e.g. the first-admin setup). */
  actor: Pick<TActor, "userId" | "username"> | null;
  /** Dotted verb, e.g. "instances.rerun", "users.create". */
  action: string;
  /** What kind of thing the IDs name, e.g. "instance", "user". */
  targetType: string;
  targetIds: string[];
  reason?: string;
  result: TAuditResult;
  /** Per-item results and anything else worth keeping; never secrets. */
  details?: unknown;
  requestId: string;
  serviceId?: number;
  projectId?: string;
};

/** Writes one audit record; every mutating console route calls it once per request. Answers the record's id. */
export async function recordAudit(input: TRecordAuditInput): Promise<number> {
  const db = await getConsoleDb();
  const record = await db.auditRecord.create({
    data: {
      actorId: input.actor?.userId ?? null,
      actorName: input.actor?.username ?? "system",
      action: input.action,
      targetType: input.targetType,
      targetIds: JSON.stringify(input.targetIds),
      serviceId: input.serviceId ?? null,
      projectId: input.projectId ?? null,
      reason: (input.reason ?? "").slice(0, 500),
      result: input.result,
      details: serializeDetails(input.details),
      requestId: input.requestId,
    },
    select: { id: true },
  });
  return record.id;
}

/** JSON text of the details; bigint as decimal strings; cut to a JSON object saying so when too long. */
export function serializeDetails(details: unknown): string {
  const text = JSON.stringify(details ?? null, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)) ?? "null";
  if (text.length <= MAX_DETAILS_CHARS) return text;
  return JSON.stringify({ truncated: true, originalLength: text.length, preview: text.slice(0, MAX_DETAILS_CHARS - 200) });
}
