import { z } from "zod";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getNodeOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";

/** GetNodeCode (spec §4.4): the node's command as deployed ("" for a VIRTUAL node). */
export const getNodeCodeAction = defineAction({
  name: "GetNodeCode",
  level: 1,
  envelope: "standard",
  params: z.object({ NodeId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const node = await getNodeOrThrow(context.db, params.NodeId);
    return node.command;
  },
});
