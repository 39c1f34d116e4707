import { z } from "zod";
import { findChildNodes } from "../../../store/queries/nodes/node-relations";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getNodeOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toNodeSummaryWire } from "./node-wire";

/** GetNodeChildren (spec §4.29): direct downstream nodes only (one level, spec §5.23), deployed ones, in ID order. */
export const getNodeChildrenAction = defineAction({
  name: "GetNodeChildren",
  level: 2,
  envelope: "standard",
  params: z.object({ NodeId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const node = await getNodeOrThrow(context.db, params.NodeId);
    const relatives = await findChildNodes(context.db, node.id);
    return { Nodes: relatives.map(toNodeSummaryWire) };
  },
});
