import { z } from "zod";
import { connectivityRuntime } from "../../../connectivity/runtime";
import { listDataSources } from "../../../store/queries/connectivity/data-sources";
import { zInt, zLong, zPageNumber, zPageSize, zText } from "../../params";
import { getProjectOrThrow } from "../common/lookups";
import { defineAction } from "../common/define-action";
import { toDataSourceWire } from "./data-source-wire";

/**
 * ListDataSources (connectivity spec §2.2): newest first (Sequence descending), `Name` matches a
 * substring, `Status` ENABLED/DISABLED maps to 1/2. Secrets in Content are `***`.
 */
export const listDataSourcesAction = defineAction({
  name: "ListDataSources",
  level: 3,
  envelope: "standard",
  params: z.object({
    ProjectId: zLong,
    Name: zText({ max: 60 }).optional(),
    DataSourceType: zText({ max: 32 }).optional(),
    SubType: zText({ max: 32 }).optional(),
    Status: z.enum(["ENABLED", "DISABLED"], { error: "expected ENABLED or DISABLED" }).optional(),
    EnvType: zInt(0, 1).optional(),
    PageNumber: zPageNumber,
    PageSize: zPageSize,
  }),
  handler: async (params, context) => {
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const runtime = connectivityRuntime();
    const { rows, total } = await listDataSources(
      context.db,
      {
        projectId: params.ProjectId,
        name: params.Name,
        dataSourceType: params.DataSourceType?.toLowerCase(),
        subType: params.SubType?.toLowerCase(),
        status: params.Status === undefined ? undefined : params.Status === "ENABLED" ? 1 : 2,
        envType: params.EnvType,
      },
      { number: params.PageNumber, size: params.PageSize },
    );
    return {
      PageNumber: params.PageNumber,
      PageSize: params.PageSize,
      TotalCount: total,
      DataSources: rows.map((row) => toDataSourceWire(row, { runtime, timezone: project.timezone })),
    };
  },
});
