import { z } from "zod";
import { listBaselineNodes } from "../../../store/queries/monitor/baselines";
import { zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getBaselineOrThrow } from "./baseline-wire";

/** ListNodesByBaseline (spec §3.3): every node of the baseline, not paged. */
export const listNodesByBaselineAction = defineAction({
  name: "ListNodesByBaseline",
  level: 1,
  envelope: "standard",
  params: z.object({ BaselineId: zLong }),
  handler: async (params, context) => {
    await getBaselineOrThrow(context.db, params.BaselineId);
    const nodes = await listBaselineNodes(context.db, params.BaselineId);
    return nodes.map((node) => ({ NodeId: node.id, NodeName: node.name, Owner: node.ownerId, ProjectId: node.projectId }));
  },
});
