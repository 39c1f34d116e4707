import { z } from "zod";
import { findResourceGroupNames } from "../../../store/queries/projects/resource-group-names";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getNodeOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toNodeWire } from "./node-wire";

/** GetNode (spec §4.1). */
export const getNodeAction = defineAction({
  name: "GetNode",
  level: 1,
  envelope: "standard",
  params: z.object({ NodeId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const node = await getNodeOrThrow(context.db, params.NodeId);
    const groupNames = await findResourceGroupNames(context.db, [node.resourceGroupId]);
    return toNodeWire(node, groupNames.get(node.resourceGroupId) ?? null);
  },
});
