import { z } from "zod";
import { updateNodeRunMode } from "../../../runtime/operations";
import { zInt, zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/**
 * UpdateNodeRunMode (spec §4.30): `SchedulerType` 2 freezes the node (PAUSE), 0 unfreezes it
 * (NORMAL); other values are InvalidParameter. Answers RequestId and Success only.
 */
export const updateNodeRunModeAction = defineAction({
  name: "UpdateNodeRunMode",
  level: 2,
  envelope: "success",
  params: z.object({
    NodeId: zLong,
    ProjectEnv: zProjectEnv,
    SchedulerType: zInt(0, 2).refine((value) => value === 0 || value === 2, "expected 0 (unfreeze) or 2 (freeze)"),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    await updateNodeRunMode(toOperationContext(context, params), { nodeId: params.NodeId, schedulerType: params.SchedulerType === 2 ? 2 : 0 });
    return {};
  },
});
