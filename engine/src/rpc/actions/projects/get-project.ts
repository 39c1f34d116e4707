import { z } from "zod";
import { findFirstProjectId } from "../../../store/queries/projects/list-projects";
import { findDefaultResourceGroup } from "../../../store/queries/projects/list-resource-groups";
import { zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";
import { toProjectDetailWire } from "./project-wire";

/** GetProject (connectivity spec §2.6). The first workspace created is the default one. */
export const getProjectAction = defineAction({
  name: "GetProject",
  level: 1,
  envelope: "standard",
  params: z.object({ ProjectId: zLong }),
  handler: async (params, context) => {
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const [firstProjectId, defaultGroup] = await Promise.all([findFirstProjectId(context.db), findDefaultResourceGroup(context.db, project.id)]);
    return toProjectDetailWire(project, {
      isDefault: firstProjectId === project.id,
      defaultResourceGroupIdentifier: defaultGroup?.identifier ?? "",
    });
  },
});
