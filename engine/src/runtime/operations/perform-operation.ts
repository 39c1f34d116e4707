import { z } from "zod";
import { EngineError, ERROR_CODES } from "../../model/errors";
import { inWriteTransaction, type Tx } from "../../store/transaction";
import { findRecordedOperation, recordOperation, type RecordedOperation } from "./audit-record";
import type { OperationAction, OperationContext, OperationTarget } from "./context";
import { httpStatusOfCode, invalidParameter, OperationRefusal } from "./refusal";

/** What the work of an operation did: its answer, its audit row, and what to announce once committed. */
export type Performed<T> = {
  value: T;
  result: "APPLIED" | "NOOP";
  target: OperationTarget;
  before: string;
  after: string;
  /** Runs after the commit (events: nobody must hear of a change that was rolled back). */
  afterCommit?: () => void;
};

export type OperationPlan<T> = {
  action: OperationAction;
  /** The target as the request names it; the audit row of a refusal falls back on it. */
  requested: OperationTarget;
  /** Judges and acts inside one write transaction; refuses by throwing an OperationRefusal. */
  work: (tx: Tx) => Promise<Performed<T>>;
  /** The answer to a request asked again, from its recorded APPLIED or NOOP row. */
  replay: (recorded: RecordedOperation) => T;
  timeoutMs?: number;
};

const ZCaller = z.object({
  operator: z.string().trim().min(1, "the operator is required").max(128),
  reason: z.string().max(2_000).optional(),
  requestId: z.string().max(128),
});

/**
 * Runs an operation so that every request leaves exactly one audit row: APPLIED or NOOP in the
 * operation's own transaction, REFUSED after it rolled back. A request id already answered gets
 * the same answer again without acting.
 */
export async function performOperation<T>(context: OperationContext, plan: OperationPlan<T>): Promise<T> {
  const earlier = await findRecordedOperation(context.db.prisma, context.requestId, plan.action);
  if (earlier) return answerAgain(earlier, plan);
  let outcome: { performed: Performed<T> } | { recorded: RecordedOperation };
  try {
    const caller = ZCaller.safeParse(context);
    if (!caller.success) throw invalidParameter(`The specified parameters are invalid: ${caller.error.issues[0]?.message ?? "bad caller"}.`);
    outcome = await inWriteTransaction(
      context.db,
      async (tx) => {
        // Two deliveries of one request racing: the second waits here, then finds the first's row.
        if (context.db.dialect === "postgresql" && context.requestId !== "") {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${plan.action}:${context.requestId}`}))`;
        }
        const recorded = await findRecordedOperation(tx, context.requestId, plan.action);
        if (recorded) return { recorded };
        const performed = await plan.work(tx);
        await recordOperation(tx, context, { action: plan.action, ...performed.target, result: performed.result, before: performed.before, after: performed.after });
        return { performed };
      },
      { timeoutMs: plan.timeoutMs },
    );
  } catch (error) {
    await recordRefusal(context, plan, error);
    throw error;
  }
  if ("recorded" in outcome) return answerAgain(outcome.recorded, plan);
  outcome.performed.afterCommit?.();
  return outcome.performed.value;
}

function answerAgain<T>(recorded: RecordedOperation, plan: OperationPlan<T>): T {
  const { targetType, targetId } = plan.requested;
  if (recorded.targetType !== targetType || recorded.targetId !== targetId) {
    throw new EngineError(
      ERROR_CODES.invalidParameter,
      `The request id was already used for ${recorded.action} on ${recorded.targetType} ${recorded.targetId}; use a new request id.`,
      400,
    );
  }
  if (recorded.result === "REFUSED") {
    throw new EngineError(recorded.errorCode, `This request was already refused (${recorded.errorCode}); nothing was done.`, httpStatusOfCode(recorded.errorCode));
  }
  return plan.replay(recorded);
}

/** The REFUSED row of a request that failed. An unexpected failure is recorded as an internal error. */
async function recordRefusal(context: OperationContext, plan: OperationPlan<unknown>, error: unknown): Promise<void> {
  const audit = error instanceof OperationRefusal ? error.audit : {};
  const before = audit.before ?? "";
  try {
    await inWriteTransaction(context.db, (tx) =>
      recordOperation(tx, context, {
        action: plan.action,
        targetType: plan.requested.targetType,
        targetId: audit.targetId ?? plan.requested.targetId,
        projectId: audit.projectId ?? plan.requested.projectId,
        result: "REFUSED",
        before,
        after: before,
        errorCode: error instanceof EngineError ? error.code : ERROR_CODES.internal,
      }),
    );
  } catch (auditError) {
    // The caller must still learn why the operation failed, not that its audit row could not be written.
    console.error(`[operations] could not record the refusal of ${plan.action} (${context.requestId})`, auditError);
  }
}
