import type { TOperationEntry } from "@/lib/contracts/instance-detail";
import type { TUpstreamOperation } from "./upstream-schemas";

export function toEngineOperationEntry(operation: TUpstreamOperation): TOperationEntry {
  return {
    id: `engine:${operation.OperationId}`,
    source: "engine",
    at: new Date(operation.OperateTime).toISOString(),
    actor: operation.Operator ?? "",
    action: operation.Action,
    result: operation.Result,
    reason: operation.Reason ?? "",
    before: operation.Before ?? null,
    after: operation.After ?? null,
    errorCode: operation.ErrorCode ?? null,
    requestId: operation.RequestId ?? null,
  };
}

export type TConsoleAuditRow = { id: number; at: Date; actorName: string; action: string; result: string; reason: string; details: string; requestId: string };

/** This instance's own outcome in a bulk record's details (`items: [{ instanceId, outcome, message }]`), when there is one. */
function outcomeFor(details: string, instanceId: string): string | null {
  try {
    const parsed: unknown = JSON.parse(details);
    const items = parsed && typeof parsed === "object" && "items" in parsed ? (parsed as { items: unknown }).items : undefined;
    if (!Array.isArray(items)) return null;
    const item: unknown = items.find((candidate: unknown) => candidate && typeof candidate === "object" && (candidate as { instanceId?: unknown }).instanceId === instanceId);
    if (!item || typeof item !== "object") return null;
    const { outcome, message } = item as { outcome?: unknown; message?: unknown };
    return [typeof outcome === "string" ? outcome : null, typeof message === "string" ? message : null].filter(Boolean).join(": ") || null;
  } catch {
    return null;
  }
}

export function toConsoleOperationEntry(row: TConsoleAuditRow, instanceId: string): TOperationEntry {
  return {
    id: `console:${row.id}`,
    source: "console",
    at: row.at.toISOString(),
    actor: row.actorName,
    action: row.action,
    result: row.result,
    reason: row.reason,
    before: null,
    after: outcomeFor(row.details, instanceId),
    errorCode: null,
    requestId: row.requestId,
  };
}

/** Both histories in one list, newest first (ties: console first, then by id, so the order is stable). */
export function mergeOperationHistory(engine: readonly TOperationEntry[], console: readonly TOperationEntry[]): TOperationEntry[] {
  return [...engine, ...console].sort((a, b) => b.at.localeCompare(a.at) || a.source.localeCompare(b.source) || b.id.localeCompare(a.id));
}
