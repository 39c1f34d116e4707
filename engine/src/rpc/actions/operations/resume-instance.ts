import { z } from "zod";
import { resumeInstance } from "../../../runtime/operations";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * ResumeInstance (spec §4.12): releases a suspended instance, which goes on from the status it
 * kept. An instance that is not suspended is refused with Invalid.Instance.StatusNotAllowed.
 */
export const resumeInstanceAction = defineAction({
  name: "ResumeInstance",
  level: 2,
  envelope: "standard",
  params: z.object({ InstanceId: zLong, ProjectEnv: zProjectEnv, ...ZOperatorParams }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    await resumeInstance(toOperationContext(context, params), { instanceId: params.InstanceId });
    return true;
  },
});
