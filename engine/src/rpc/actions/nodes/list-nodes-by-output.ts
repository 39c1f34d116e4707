import { z } from "zod";
import { findNodesByOutputNames } from "../../../store/queries/nodes/node-outputs";
import { findResourceGroupNames } from "../../../store/queries/projects/resource-group-names";
import { zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { assertProductionEnvironment } from "../common/project-env";
import { toOutputNodeWire } from "./node-wire";

const MAX_OUTPUTS = 100;
const OUTPUTS_EXPECTED = `expected 1 to ${MAX_OUTPUTS} comma-separated output names`;

const zOutputNames = z.string({ error: OUTPUTS_EXPECTED }).transform((text, context) => {
  const names = [...new Set(text.split(",").map((name) => name.trim()))];
  if (names.length > MAX_OUTPUTS || names.some((name) => name === "" || name.length > 256)) context.addIssue(OUTPUTS_EXPECTED);
  return names;
});

/**
 * ListNodesByOutput (spec §4.26): exact match on output names, across workspaces (there is no
 * ProjectId parameter). One `Data[]` entry per requested name, in request order; a name that no
 * node produces gets an empty `NodeList`.
 */
export const listNodesByOutputAction = defineAction({
  name: "ListNodesByOutput",
  level: 1,
  envelope: "standard",
  params: z.object({ Outputs: zOutputNames, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const nodesByOutput = await findNodesByOutputNames(context.db, params.Outputs);
    const allNodes = [...nodesByOutput.values()].flat();
    const groupNames = await findResourceGroupNames(context.db, allNodes.map((node) => node.resourceGroupId));
    return params.Outputs.map((output) => ({
      Output: output,
      NodeList: (nodesByOutput.get(output) ?? []).map((node) => toOutputNodeWire(node, groupNames.get(node.resourceGroupId) ?? null)),
    }));
  },
});
