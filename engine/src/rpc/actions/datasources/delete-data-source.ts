import { z } from "zod";
import { deleteDataSource } from "../../../connectivity/data-sources";
import { zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";

/** DeleteDataSource (connectivity spec §2.4): removes it and its bindings; its test history stays. */
export const deleteDataSourceAction = defineAction({
  name: "DeleteDataSource",
  level: 2,
  envelope: "standard",
  params: z.object({ DataSourceId: zLong, ...ZOperatorParams }),
  handler: async (params, context) => {
    await deleteDataSource(context.db, params.DataSourceId);
    return true;
  },
});
