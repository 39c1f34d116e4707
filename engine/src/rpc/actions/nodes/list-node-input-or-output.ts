import { z } from "zod";
import { findChildNodes, findParentNodes } from "../../../store/queries/nodes/node-relations";
import { findOutputsOfNodes } from "../../../store/queries/nodes/node-outputs";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getNodeOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";
import { toNodeIoWire } from "./node-io-wire";

/**
 * ListNodeInputOrOutput (spec §4.2), one level. Dependencies are between nodes, and a node depends
 * on all of its parent's outputs: `input` lists each parent's outputs, `output` lists this node's
 * outputs once per child that depends on them.
 */
export const listNodeInputOrOutputAction = defineAction({
  name: "ListNodeInputOrOutput",
  level: 1,
  envelope: "standard",
  params: z.object({
    NodeId: zLong,
    ProjectEnv: zProjectEnv,
    IoType: z.enum(["input", "output"], { error: "expected input or output" }),
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const node = await getNodeOrThrow(context.db, params.NodeId);
    if (params.IoType === "input") {
      const parents = await findParentNodes(context.db, node.id);
      const outputs = await findOutputsOfNodes(context.db, parents.map((parent) => parent.id));
      return outputs.map((output) => toNodeIoWire(output, output.nodeId));
    }
    const [children, outputs] = await Promise.all([findChildNodes(context.db, node.id), findOutputsOfNodes(context.db, [node.id])]);
    return children.flatMap((child) => outputs.map((output) => toNodeIoWire(output, child.id)));
  },
});
