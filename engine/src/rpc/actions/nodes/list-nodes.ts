import { z } from "zod";
import { listNodes } from "../../../store/queries/nodes/list-nodes";
import { findResourceGroupNames } from "../../../store/queries/projects/resource-group-names";
import { zLong, zPageSize, zProjectEnv, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";
import { toOffset, zBoundedPageNumber } from "../common/paging";
import { assertProductionEnvironment } from "../common/project-env";
import { toNodeWire } from "./node-wire";

/**
 * ListNodes (spec §4.3): a project's deployed nodes in ID order. Filters combine with AND;
 * `NodeName` matches a case-insensitive substring, the others match exactly.
 */
export const listNodesAction = defineAction({
  name: "ListNodes",
  level: 1,
  envelope: "standard",
  params: z.object({
    ProjectId: zLong,
    ProjectEnv: zProjectEnv,
    Owner: zText({ max: 64 }).optional(),
    BizName: zText({ max: 128 }).optional(),
    ProgramType: zText({ max: 64 }).optional(),
    NodeName: zText({ max: 128 }).optional(),
    PageNumber: zBoundedPageNumber,
    PageSize: zPageSize,
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const page = await listNodes(
      context.db,
      { projectId: project.id, ownerId: params.Owner, businessName: params.BizName, programType: params.ProgramType, nameContains: params.NodeName },
      toOffset({ pageNumber: params.PageNumber, pageSize: params.PageSize }),
    );
    const groupNames = await findResourceGroupNames(context.db, page.nodes.map((node) => node.resourceGroupId));
    return {
      PageNumber: params.PageNumber,
      PageSize: params.PageSize,
      TotalCount: page.totalCount,
      Nodes: page.nodes.map((node) => toNodeWire(node, groupNames.get(node.resourceGroupId) ?? null)),
    };
  },
});
