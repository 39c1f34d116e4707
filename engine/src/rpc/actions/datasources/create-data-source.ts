import { z } from "zod";
import { createDataSource } from "../../../connectivity/data-sources";
import { connectivityRuntime } from "../../../connectivity/runtime";
import { zInt, zJsonString, zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";

/**
 * CreateDataSource (connectivity spec §2.1): `Data` is the new ID. Content's keys are checked per
 * type (docs/connectivity.md "Data sources"); secrets in it are sealed, never stored in plain text.
 */
export const createDataSourceAction = defineAction({
  name: "CreateDataSource",
  level: 2,
  envelope: "standard",
  params: z.object({
    ProjectId: zLong,
    Name: zText({ max: 60 }).refine((name) => /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name), "expected letters, digits, _ . - (starting with a letter, digit or _)"),
    Description: zText({ min: 0, max: 512 }).optional(),
    DataSourceType: zText({ max: 32 }),
    SubType: zText({ max: 32 }).optional(),
    EnvType: zInt(0, 1),
    Content: zJsonString(),
    ...ZOperatorParams,
  }),
  handler: async (params, context) =>
    createDataSource(
      context.db,
      connectivityRuntime(),
      {
        projectId: params.ProjectId,
        name: params.Name,
        description: params.Description ?? "",
        dataSourceType: params.DataSourceType,
        subType: params.SubType,
        envType: params.EnvType,
        content: params.Content,
        operator: params.Operator ?? context.accessKeyId,
      },
      context.now,
    ),
});
