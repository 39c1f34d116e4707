import { z } from "zod";
import { restartInstance } from "../../../runtime/operations";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * RestartInstance (spec §4.9): reruns a finished (SUCCESS or FAILURE) instance. The node's rerun
 * mode can refuse it (Invalid.Instance.RerunDenied); an unfinished one is refused with
 * Invalid.Instance.StatusNotAllowed.
 */
export const restartInstanceAction = defineAction({
  name: "RestartInstance",
  level: 2,
  envelope: "standard",
  params: z.object({ InstanceId: zLong, ProjectEnv: zProjectEnv, ...ZOperatorParams }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    await restartInstance(toOperationContext(context, params), { instanceId: params.InstanceId });
    return true;
  },
});
