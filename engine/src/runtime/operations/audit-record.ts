import { ERROR_CODES } from "../../model/errors";
import type { DbClient } from "../../store/transaction";
import type { OperationAction, OperationContext, OperationTarget } from "./context";

export type AuditResult = "APPLIED" | "NOOP" | "REFUSED";

export type AuditEntry = OperationTarget & {
  action: OperationAction;
  result: AuditResult;
  before: string;
  after: string;
  errorCode?: string;
};

export type RecordedOperation = {
  action: string;
  targetType: string;
  targetId: bigint;
  result: AuditResult;
  before: string;
  after: string;
  errorCode: string;
};

/** Writes the one audit row of an operation request. */
export async function recordOperation(db: DbClient, context: OperationContext, entry: AuditEntry): Promise<void> {
  await db.operation.create({
    data: {
      projectId: entry.projectId,
      action: entry.action,
      operator: context.operator,
      reason: context.reason ?? "",
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before,
      after: entry.after,
      result: entry.result,
      errorCode: entry.errorCode ?? "",
      requestId: context.requestId,
      at: BigInt(context.now),
    },
  });
}

/**
 * The first answer given to this request, if any. Internal failures are not answers: a request
 * that hit one may be asked again and is then carried out.
 */
export async function findRecordedOperation(db: DbClient, requestId: string, action: OperationAction): Promise<RecordedOperation | null> {
  if (requestId === "") return null;
  const row = await db.operation.findFirst({
    where: { requestId, action, errorCode: { not: ERROR_CODES.internal } },
    orderBy: { id: "asc" },
    select: { action: true, targetType: true, targetId: true, result: true, before: true, after: true, errorCode: true },
  });
  return row ? { ...row, result: row.result as AuditResult } : null;
}

/** The answer to a replayed request on an existing target, from its recorded row. */
export function outcomeOfRecord(recorded: RecordedOperation): { result: "APPLIED" | "NOOP"; before: string; after: string } {
  return { result: recorded.result === "NOOP" ? "NOOP" : "APPLIED", before: recorded.before, after: recorded.after };
}

/** Compact JSON of an instance's operable state, as the audit table records it. */
export function instanceState(instance: { status: string; isSuspended: boolean }): string {
  return JSON.stringify({ status: instance.status, isSuspended: instance.isSuspended });
}
