import type { OperationContext, OperationOutcome } from "./context";
import { operateOnInstance, type InstanceOperationInput } from "./operate-on-instance";

/**
 * SuspendInstance: a waiting instance is held. DataWorks has no suspended status (spec §5.2), so
 * the instance keeps its status and carries the isSuspended flag; the scheduler never starts it.
 */
export function suspendInstance(context: OperationContext, input: InstanceOperationInput): Promise<OperationOutcome> {
  return operateOnInstance(context, "SuspendInstance", "suspend", input, async (tx, instance) => {
    await tx.instance.update({ where: { id: instance.id }, data: { isSuspended: true, modifyTime: BigInt(context.now) } });
    return { after: { status: instance.status, isSuspended: true } };
  });
}
