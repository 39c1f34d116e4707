import { z } from "zod";
import { setSuccessInstance } from "../../../runtime/operations";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * SetSuccessInstance (spec §4.10): FAILURE → SUCCESS. Asking again once SUCCESS is a no-op
 * answered `Data: true`; any other status is refused with Invalid.Instance.StatusNotAllowed.
 */
export const setSuccessInstanceAction = defineAction({
  name: "SetSuccessInstance",
  level: 2,
  envelope: "standard",
  params: z.object({ InstanceId: zLong, ProjectEnv: zProjectEnv, ...ZOperatorParams }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    await setSuccessInstance(toOperationContext(context, params), { instanceId: params.InstanceId });
    return true;
  },
});
