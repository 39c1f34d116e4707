import { z } from "zod";
import { getResourceGroupOrThrow, runConnectionTests } from "../../../connectivity/connection-tests";
import { connectivityRuntime } from "../../../connectivity/runtime";
import { findDataSource } from "../../../store/queries/connectivity/data-sources";
import { DATA_SOURCE_ERRORS } from "../../../connectivity/data-sources";
import { zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";
import { toConnectivityWire } from "./test-wire";

/** The caller a test is counted against: the AccessKey and, behind a console, the signed-in user. */
export function rateLimitKeyOf(accessKeyId: string, operator: string | undefined): string {
  return `${accessKeyId}/${operator ?? ""}`;
}

/**
 * TestDataSourceConnectivity (connectivity spec §3.2): synchronous; `Connectivity` with
 * ConnectState, ConnectMessage (not when Connectable) and DetailLogs. `ResourceGroupId` takes a
 * resource group's Id or its Identifier. The run is stored (ListConnectivityTestRuns).
 */
export const testDataSourceConnectivityAction = defineAction({
  name: "TestDataSourceConnectivity",
  level: 2,
  envelope: "bare",
  params: z.object({
    ProjectId: zLong.optional(),
    DataSourceId: zLong,
    ResourceGroupId: zText({ max: 128 }),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    const record = await findDataSource(context.db, params.DataSourceId);
    if (!record || (params.ProjectId !== undefined && record.projectId !== params.ProjectId)) throw DATA_SOURCE_ERRORS.notFound(params.DataSourceId);
    const group = await getResourceGroupOrThrow(context.db, params.ResourceGroupId);
    const { results } = await runConnectionTests(context.db, connectivityRuntime(), [{ dataSourceId: record.id, resourceGroupId: group.id }], {
      kind: "single",
      operator: params.Operator ?? context.accessKeyId,
      requestId: context.requestId,
      rateLimitKey: rateLimitKeyOf(context.accessKeyId, params.Operator),
      now: context.now,
    });
    const result = results[0];
    if (!result) throw new Error("the test returned no result");
    return { Connectivity: toConnectivityWire(result.result) };
  },
});
