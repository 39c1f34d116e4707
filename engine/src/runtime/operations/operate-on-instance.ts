import { z } from "zod";
import { judgeOperation, type InstanceOperation } from "../../model/operations";
import type { Tx } from "../../store/transaction";
import { instanceState, outcomeOfRecord } from "./audit-record";
import type { OperationAction, OperationContext, OperationOutcome } from "./context";
import { lockInstance, type JudgedInstance } from "./lock-rows";
import { performOperation } from "./perform-operation";
import { OperationRefusal, refusalFromIssues } from "./refusal";

export type InstanceChange = {
  /** The instance's operable state once the change is made. */
  after: { status: string; isSuspended: boolean };
  afterCommit?: () => void;
};

export const ZInstanceOperationInput = z.object({ instanceId: z.bigint().positive() });
export type InstanceOperationInput = z.infer<typeof ZInstanceOperationInput>;

/**
 * The frame of the five instance operations: lock the instance, let the operation table judge it,
 * and apply the change only when it says so. A refusal or a no-op changes nothing.
 */
export async function operateOnInstance(
  context: OperationContext,
  action: OperationAction,
  operation: InstanceOperation,
  input: InstanceOperationInput,
  apply: (tx: Tx, instance: JudgedInstance) => Promise<InstanceChange>,
): Promise<OperationOutcome> {
  const requestedId = typeof input?.instanceId === "bigint" ? input.instanceId : 0n;
  return performOperation<OperationOutcome>(context, {
    action,
    requested: { targetType: "instance", targetId: requestedId, projectId: null },
    work: async (tx) => {
      const parsed = ZInstanceOperationInput.safeParse(input);
      if (!parsed.success) throw refusalFromIssues(parsed.error, { instanceId: "InstanceId" });
      const instance = await lockInstance(tx, context.db.dialect, parsed.data.instanceId);
      const before = instanceState(instance);
      const target = { targetType: "instance" as const, targetId: instance.id, projectId: instance.projectId };
      const verdict = judgeOperation(operation, instance);
      if (verdict.kind === "refuse") {
        throw new OperationRefusal(verdict.code, verdict.message, 400, { before, projectId: instance.projectId });
      }
      if (verdict.kind === "noop") {
        return { value: { result: "NOOP", before, after: before }, result: "NOOP", target, before, after: before };
      }
      const change = await apply(tx, instance);
      const after = instanceState(change.after);
      return { value: { result: "APPLIED", before, after }, result: "APPLIED", target, before, after, afterCommit: change.afterCommit };
    },
    replay: outcomeOfRecord,
  });
}

/** "stopped by alice: disk full", the sentence an operation leaves in the instance log. */
export function operatorSentence(verb: string, context: OperationContext): string {
  const reason = context.reason?.trim();
  return reason ? `${verb} by ${context.operator}: ${reason}` : `${verb} by ${context.operator}`;
}
