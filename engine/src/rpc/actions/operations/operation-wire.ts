import type { OperationRecord } from "../../../model/entities";

export type OperationWire = ReturnType<typeof toOperationWire>;

/**
 * One ListInstanceOperations entry (a Nightshift extension). `Before` and `After` are the compact
 * JSON state the operation recorded; `Result` is APPLIED, NOOP or REFUSED (with `ErrorCode`).
 */
export function toOperationWire(operation: OperationRecord) {
  return {
    OperationId: operation.id,
    ProjectId: operation.projectId,
    Action: operation.action,
    Operator: operation.operator,
    Reason: operation.reason,
    TargetType: operation.targetType,
    TargetId: operation.targetId,
    Before: operation.before,
    After: operation.after,
    Result: operation.result,
    ErrorCode: operation.errorCode,
    RequestId: operation.requestId,
    OperateTime: operation.at,
  };
}
