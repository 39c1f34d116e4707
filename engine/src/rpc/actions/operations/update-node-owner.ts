import { z } from "zod";
import { updateNodeOwner } from "../../../runtime/operations";
import { zLong, zProjectEnv, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { toOperationContext, ZOperatorParams } from "../common/operation-context";
import { assertProductionEnvironment } from "../common/project-env";

/** UpdateNodeOwner (spec §4.31): the node's OwnerId becomes `UserId`. Answers RequestId and Success only. */
export const updateNodeOwnerAction = defineAction({
  name: "UpdateNodeOwner",
  level: 2,
  envelope: "success",
  params: z.object({ NodeId: zLong, ProjectEnv: zProjectEnv, UserId: zText({ max: 64 }), ...ZOperatorParams }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    await updateNodeOwner(toOperationContext(context, params), { nodeId: params.NodeId, ownerId: params.UserId });
    return {};
  },
});
