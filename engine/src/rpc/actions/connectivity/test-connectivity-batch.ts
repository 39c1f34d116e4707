import { z } from "zod";
import { findResourceGroups, RESOURCE_GROUP_NOT_FOUND, runConnectionTests } from "../../../connectivity/connection-tests";
import { connectivityRuntime } from "../../../connectivity/runtime";
import { listProjectDataSources } from "../../../store/queries/connectivity/data-sources";
import { zIdList, zLong, zText } from "../../params";
import { getProjectOrThrow } from "../common/lookups";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";
import { rateLimitKeyOf } from "./test-data-source-connectivity";
import { toTargetResultWire } from "./test-wire";

/**
 * Nightshift extension, as DRS's batch test: every data source × every resource group named (all
 * of the workspace's when left out), at most 32 probes at a time, one result per target, in the
 * order data source, then group. One request counts as ⌈targets / 10⌉ tests against the limit.
 */
export const testConnectivityBatchAction = defineAction({
  name: "TestDataSourceConnectivityBatch",
  level: 2,
  envelope: "standard",
  params: z.object({
    ProjectId: zLong,
    DataSourceIds: zIdList.optional(),
    ResourceGroupIds: zText({ max: 4096 }).optional(),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    await getProjectOrThrow(context.db, params.ProjectId);
    const all = await listProjectDataSources(context.db, params.ProjectId);
    const dataSourceIds = params.DataSourceIds ?? all.map((record) => record.id);
    const references = params.ResourceGroupIds
      ? params.ResourceGroupIds.split(",").map((item) => item.trim()).filter(Boolean)
      : (await context.db.prisma.resourceGroup.findMany({ where: { projectId: params.ProjectId }, orderBy: { id: "asc" } })).map((group) => String(group.id));
    const groups = await findResourceGroups(context.db, references);
    const missing = references.find((reference) => !groups.has(reference));
    if (missing !== undefined) throw RESOURCE_GROUP_NOT_FOUND(missing);
    const targets = dataSourceIds.flatMap((dataSourceId) => [...groups.values()].map((group) => ({ dataSourceId, resourceGroupId: group.id })));
    const { batchId, results } = await runConnectionTests(context.db, connectivityRuntime(), targets, {
      kind: "batch",
      operator: params.Operator ?? context.accessKeyId,
      requestId: context.requestId,
      rateLimitKey: rateLimitKeyOf(context.accessKeyId, params.Operator),
      now: context.now,
    });
    return { BatchId: batchId, TotalCount: results.length, Results: results.map(toTargetResultWire) };
  },
});
