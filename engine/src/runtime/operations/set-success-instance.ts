import { appendInstanceLog, engineLogLine, markFinished } from "../../store/instance-state";
import type { OperationContext, OperationOutcome } from "./context";
import { operateOnInstance, operatorSentence, type InstanceOperationInput } from "./operate-on-instance";

/** SetSuccessInstance: FAILURE → SUCCESS (spec §4.10); children waiting on it are released. */
export function setSuccessInstance(context: OperationContext, input: InstanceOperationInput): Promise<OperationOutcome> {
  return operateOnInstance(context, "SetSuccessInstance", "setSuccess", input, async (tx, instance) => {
    const finished = await markFinished(tx, instance.id, "SUCCESS", context.now, {}, { statuses: ["FAILURE"] });
    if (!finished) throw new Error(`setSuccessInstance: instance ${instance.id} changed while it was locked`);
    await appendInstanceLog(tx, instance.id, instance.attempt, engineLogLine(operatorSentence("set to success", context)), context.now);
    return {
      after: { status: "SUCCESS", isSuspended: instance.isSuspended },
      afterCommit: () => context.events.emit("instance:statusChanged", { instanceId: instance.id, from: instance.status, to: "SUCCESS", at: context.now }),
    };
  });
}
