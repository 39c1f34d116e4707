import { isInstanceStatus } from "../../model/status";
import { appendInstanceLog, engineLogLine, resetForRerun } from "../../store/instance-state";
import type { OperationContext, OperationOutcome } from "./context";
import { operateOnInstance, operatorSentence, type InstanceOperationInput } from "./operate-on-instance";

/**
 * RestartInstance: a finished instance goes back to waiting (NOT_RUN behind an unfinished parent,
 * else WAIT_TIME), if the node's rerun mode allows it. Its automatic reruns are counted afresh.
 */
export function restartInstance(context: OperationContext, input: InstanceOperationInput): Promise<OperationOutcome> {
  return operateOnInstance(context, "RestartInstance", "rerun", input, async (tx, instance) => {
    await resetForRerun(tx, instance.id, context.now, { resetAutoReruns: true });
    // Logged under the coming attempt, so the rerun's own log opens with who asked for it.
    await appendInstanceLog(tx, instance.id, instance.attempt + 1, engineLogLine(operatorSentence("rerun requested", context)), context.now);
    const reset = await tx.instance.findUniqueOrThrow({ where: { id: instance.id }, select: { status: true, isSuspended: true } });
    const status = reset.status;
    if (!isInstanceStatus(status)) throw new Error(`restartInstance: unexpected status ${status}`);
    return {
      after: reset,
      afterCommit: () => context.events.emit("instance:statusChanged", { instanceId: instance.id, from: instance.status, to: status, at: context.now }),
    };
  });
}
