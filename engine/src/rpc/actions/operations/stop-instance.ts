import { z } from "zod";
import { stopInstance } from "../../../runtime/operations";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * StopInstance (spec §4.8): terminates an instance that has not finished (it ends FAILURE).
 * Stopping a FAILURE instance again is a no-op answered `Data: true`; a finished SUCCESS instance is
 * refused with Invalid.Instance.StatusNotAllowed.
 */
export const stopInstanceAction = defineAction({
  name: "StopInstance",
  level: 2,
  envelope: "standard",
  params: z.object({ InstanceId: zLong, ProjectEnv: zProjectEnv, ...ZOperatorParams }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    await stopInstance(toOperationContext(context, params), { instanceId: params.InstanceId });
    return true;
  },
});
