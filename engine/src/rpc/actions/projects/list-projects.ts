import { z } from "zod";
import { listProjects } from "../../../store/queries/projects/list-projects";
import { zInt, zPageSize } from "../../params";
import { defineAction } from "../common/define-action";
import { toOffset } from "../common/paging";
import { toProjectListItemWire } from "./project-wire";

/** ListProjects (connectivity spec §2.7): every workspace, one page; `PageNumber` is required. */
export const listProjectsAction = defineAction({
  name: "ListProjects",
  level: 1,
  envelope: "bare",
  params: z.object({
    PageNumber: zInt(1, 2_147_483_647),
    PageSize: zPageSize,
  }),
  handler: async (params, context) => {
    const page = await listProjects(context.db, toOffset({ pageNumber: params.PageNumber, pageSize: params.PageSize }));
    return {
      PageResult: {
        PageNumber: params.PageNumber,
        PageSize: params.PageSize,
        TotalCount: page.totalCount,
        ProjectList: page.projects.map(toProjectListItemWire),
      },
    };
  },
});
