import "server-only";
import { ZAuditResult, type TAuditRecord } from "@/lib/contracts/audit";

export type TAuditRow = {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string;
  action: string;
  targetType: string;
  targetIds: string;
  serviceId: number | null;
  projectId: string | null;
  reason: string;
  result: string;
  details: string;
  requestId: string;
};

function parseJsonOr<T>(text: string, fallback: T): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

/** Maps a stored audit row; malformed JSON columns read as empty instead of failing the whole list. */
export function toAuditRecordDto(row: TAuditRow): TAuditRecord {
  const targetIds = parseJsonOr(row.targetIds, []);
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetIds: Array.isArray(targetIds) ? targetIds.map(String) : [],
    serviceId: row.serviceId,
    projectId: row.projectId,
    reason: row.reason,
    result: ZAuditResult.catch("failed").parse(row.result),
    details: parseJsonOr(row.details, row.details),
    requestId: row.requestId,
  };
}
