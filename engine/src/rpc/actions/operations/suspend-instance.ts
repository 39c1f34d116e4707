import { z } from "zod";
import { suspendInstance } from "../../../runtime/operations";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * SuspendInstance (spec §4.11): holds an instance that has not started; it keeps its status and
 * shows `IsSuspended: true`. Suspending it again is a no-op; a started or finished instance is
 * refused with Invalid.Instance.StatusNotAllowed.
 */
export const suspendInstanceAction = defineAction({
  name: "SuspendInstance",
  level: 2,
  envelope: "standard",
  params: z.object({ InstanceId: zLong, ProjectEnv: zProjectEnv, ...ZOperatorParams }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    await suspendInstance(toOperationContext(context, params), { instanceId: params.InstanceId });
    return true;
  },
});
