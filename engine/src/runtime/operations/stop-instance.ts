import { ACTIVE_STATUSES } from "../../model/status";
import { appendInstanceLog, engineLogLine, markFinished } from "../../store/instance-state";
import type { OperationContext, OperationOutcome } from "./context";
import { operateOnInstance, operatorSentence, type InstanceOperationInput } from "./operate-on-instance";

/**
 * StopInstance: an unfinished instance ends FAILURE at once, with the operator in its log. It gets
 * no automatic rerun and releases no child. A running one is also announced on the bus
 * (`instance:stopRequested`), so that whoever runs its process kills the process group.
 */
export function stopInstance(context: OperationContext, input: InstanceOperationInput): Promise<OperationOutcome> {
  return operateOnInstance(context, "StopInstance", "stop", input, async (tx, instance) => {
    const sentence = operatorSentence("stopped", context);
    const stopped = await markFinished(tx, instance.id, "FAILURE", context.now, { errorMessage: sentence }, { statuses: [instance.status] });
    if (!stopped) throw new Error(`stopInstance: instance ${instance.id} changed while it was locked`);
    await tx.instance.update({ where: { id: instance.id }, data: { rerunsLeft: 0, isSuspended: false } });
    await appendInstanceLog(tx, instance.id, instance.attempt, engineLogLine(sentence), context.now);
    const wasActive = ACTIVE_STATUSES.has(instance.status);
    return {
      after: { status: "FAILURE", isSuspended: false },
      afterCommit: () => {
        if (wasActive) context.events.emit("instance:stopRequested", { instanceId: instance.id, at: context.now });
        context.events.emit("instance:statusChanged", { instanceId: instance.id, from: instance.status, to: "FAILURE", at: context.now });
      },
    };
  });
}
