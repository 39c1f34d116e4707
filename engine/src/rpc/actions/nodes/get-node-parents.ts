import { z } from "zod";
import { findParentNodes } from "../../../store/queries/nodes/node-relations";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getNodeOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toNodeSummaryWire } from "./node-wire";

/** GetNodeParents (spec §4.28): direct upstream nodes only (one level, spec §5.23), deployed ones, in ID order. */
export const getNodeParentsAction = defineAction({
  name: "GetNodeParents",
  level: 2,
  envelope: "standard",
  params: z.object({ NodeId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const node = await getNodeOrThrow(context.db, params.NodeId);
    const relatives = await findParentNodes(context.db, node.id);
    return { Nodes: relatives.map(toNodeSummaryWire) };
  },
});
