import type { OperationContext } from "../../../runtime/operations";
import type { ActionContext } from "../../action";
import { zText } from "../../params";

/**
 * Nightshift extension parameters of every write action: who is acting (default: the caller's
 * AccessKeyId) and why. Both are recorded in the operations audit (ListInstanceOperations).
 */
export const ZOperatorParams = {
  Operator: zText({ max: 64 }).optional(),
  Reason: zText({ max: 512 }).optional(),
};

export function toOperationContext(context: ActionContext, params: { Operator?: string; Reason?: string }): OperationContext {
  return {
    db: context.db,
    events: context.events,
    operator: params.Operator ?? context.accessKeyId,
    reason: params.Reason,
    requestId: context.requestId,
    now: context.now,
  };
}
