import { z } from "zod";
import { getResourceGroupOrThrow, runConnectionTests } from "../../../connectivity/connection-tests";
import { connectivityRuntime } from "../../../connectivity/runtime";
import { EngineError } from "../../../model/errors";
import { findDataSourceByName } from "../../../store/queries/connectivity/data-sources";
import { zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";
import { rateLimitKeyOf } from "./test-data-source-connectivity";

/**
 * TestNetworkConnection (connectivity spec §3.1): the data source by (ProjectId, DatasourceName,
 * EnvType), the group by its Identifier (or Id). `TaskList.ConnectStatus` is true only for
 * Connectable; `ConnectMessage` is "" then. Extension: `TaskList.ConnectState`, the four-valued state.
 */
export const testNetworkConnectionAction = defineAction({
  name: "TestNetworkConnection",
  level: 3,
  envelope: "success",
  params: z.object({
    DatasourceName: zText({ max: 60 }),
    EnvType: z.enum(["0", "1"], { error: "expected 0 (development) or 1 (production)" }),
    ProjectId: zLong,
    ResourceGroup: zText({ max: 128 }),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    const record = await findDataSourceByName(context.db, { projectId: params.ProjectId, envType: Number(params.EnvType), name: params.DatasourceName });
    if (!record) throw new EngineError("Invalid.DI.Parameter", `The parameter is invalid: no data source ${params.DatasourceName} in environment ${params.EnvType}.`, 400);
    const group = await getResourceGroupOrThrow(context.db, params.ResourceGroup);
    const { results } = await runConnectionTests(context.db, connectivityRuntime(), [{ dataSourceId: record.id, resourceGroupId: group.id }], {
      kind: "network",
      operator: params.Operator ?? context.accessKeyId,
      requestId: context.requestId,
      rateLimitKey: rateLimitKeyOf(context.accessKeyId, params.Operator),
      now: context.now,
    });
    const result = results[0]?.result;
    const isConnectable = result?.state === "Connectable";
    return { TaskList: { ConnectStatus: isConnectable, ConnectMessage: isConnectable ? "" : (result?.message ?? ""), ConnectState: result?.state ?? "Unsupport" } };
  },
});
