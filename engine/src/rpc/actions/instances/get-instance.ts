import { z } from "zod";
import { findNodesByIds } from "../../../store/queries/nodes/list-nodes";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getInstanceOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toInstanceWire } from "./instance-wire";

/** GetInstance (spec §4.5). */
export const getInstanceAction = defineAction({
  name: "GetInstance",
  level: 1,
  envelope: "standard",
  params: z.object({ InstanceId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const instance = await getInstanceOrThrow(context.db, params.InstanceId);
    const nodes = await findNodesByIds(context.db, [instance.nodeId]);
    return toInstanceWire(instance, nodes.get(instance.nodeId));
  },
});
