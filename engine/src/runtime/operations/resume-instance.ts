import type { OperationContext, OperationOutcome } from "./context";
import { operateOnInstance, type InstanceOperationInput } from "./operate-on-instance";

/** ResumeInstance: a suspended instance is let go and continues from the status it kept. */
export function resumeInstance(context: OperationContext, input: InstanceOperationInput): Promise<OperationOutcome> {
  return operateOnInstance(context, "ResumeInstance", "resume", input, async (tx, instance) => {
    await tx.instance.update({ where: { id: instance.id }, data: { isSuspended: false, modifyTime: BigInt(context.now) } });
    return { after: { status: instance.status, isSuspended: false } };
  });
}
