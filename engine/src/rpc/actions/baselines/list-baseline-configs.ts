import { z } from "zod";
import { listBaselines } from "../../../store/queries/monitor/baselines";
import { zBool, zInt, zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";
import { toBaselineConfigWire, zBaselineTypeList, zPriorityList } from "./baseline-wire";

/** ListBaselineConfigs (spec §3.4): a workspace's baselines, filtered, in ID order, paged. */
export const listBaselineConfigsAction = defineAction({
  name: "ListBaselineConfigs",
  level: 1,
  envelope: "standard",
  params: z.object({
    ProjectId: zLong,
    PageNumber: zInt(1, 30).default(1),
    PageSize: zInt(1, 100).default(10),
    Owner: zText({ max: 64 }).optional(),
    Priority: zPriorityList.optional(),
    Useflag: zBool.optional(),
    BaselineTypes: zBaselineTypeList.optional(),
    SearchText: zText({ max: 128 }).optional(),
  }),
  handler: async (params, context) => {
    await getProjectOrThrow(context.db, params.ProjectId);
    const page = { number: params.PageNumber, size: params.PageSize };
    const { total, baselines } = await listBaselines(
      context.db,
      { projectId: params.ProjectId, owner: params.Owner, priorities: params.Priority, useFlag: params.Useflag, types: params.BaselineTypes, searchText: params.SearchText },
      page,
    );
    return { PageNumber: page.number, PageSize: page.size, TotalCount: total, Baselines: baselines.map(toBaselineConfigWire) };
  },
});
