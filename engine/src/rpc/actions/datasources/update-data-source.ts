import { z } from "zod";
import { updateDataSource } from "../../../connectivity/data-sources";
import { connectivityRuntime } from "../../../connectivity/runtime";
import { zInt, zJsonString, zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";

/**
 * UpdateDataSource (connectivity spec §2.3): Content replaces the stored one. A secret left out or
 * sent as `***` keeps the stored secret, except that a stored password is not reused once the host
 * or port changes. `Status` is deprecated and ignored.
 */
export const updateDataSourceAction = defineAction({
  name: "UpdateDataSource",
  level: 2,
  envelope: "standard",
  params: z.object({
    DataSourceId: zLong,
    EnvType: zInt(0, 1),
    Content: zJsonString(),
    Description: zText({ min: 0, max: 512 }).optional(),
    Status: zText({ max: 16 }).optional(),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    await updateDataSource(
      context.db,
      connectivityRuntime(),
      { id: params.DataSourceId, envType: params.EnvType, content: params.Content, description: params.Description, operator: params.Operator ?? context.accessKeyId },
      context.now,
    );
    return true;
  },
});
