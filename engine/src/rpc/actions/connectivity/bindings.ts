import { z } from "zod";
import { bindDataSource, getResourceGroupOrThrow } from "../../../connectivity/connection-tests";
import { DATA_SOURCE_ERRORS } from "../../../connectivity/data-sources";
import { connectivityRuntime } from "../../../connectivity/runtime";
import { deleteBinding, listBindings, type BindingRecord } from "../../../store/queries/connectivity/bindings";
import { findDataSource, listProjectDataSources } from "../../../store/queries/connectivity/data-sources";
import { zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";
import { rateLimitKeyOf } from "./test-data-source-connectivity";

/**
 * Nightshift extensions, as DLI's datasource connections: binding a data source to a resource
 * group runs a connection test from that group; the binding is CREATING (Progress 0.0–1.0) until
 * it ends ACTIVE or FAILED with a message. Binding again re-tests.
 */

function toBindingWire(binding: BindingRecord) {
  return {
    DataSourceId: binding.dataSourceId,
    ResourceGroupId: binding.resourceGroupId,
    Status: binding.status,
    Progress: binding.progress,
    Message: binding.message,
    Operator: binding.operator,
    CreateTime: Number(binding.createdAt),
    UpdateTime: Number(binding.modifiedAt),
  };
}

export const createDataSourceBindingAction = defineAction({
  name: "CreateDataSourceBinding",
  level: 2,
  envelope: "standard",
  params: z.object({ DataSourceId: zLong, ResourceGroupId: zText({ max: 128 }), ...ZOperatorParams }),
  handler: async (params, context) => {
    const group = await getResourceGroupOrThrow(context.db, params.ResourceGroupId);
    const { binding } = await bindDataSource(
      context.db,
      connectivityRuntime(),
      { dataSourceId: params.DataSourceId, resourceGroupId: group.id },
      {
        kind: "binding",
        operator: params.Operator ?? context.accessKeyId,
        requestId: context.requestId,
        rateLimitKey: rateLimitKeyOf(context.accessKeyId, params.Operator),
        now: context.now,
      },
    );
    return toBindingWire(binding);
  },
});

export const listDataSourceBindingsAction = defineAction({
  name: "ListDataSourceBindings",
  level: 1,
  envelope: "standard",
  params: z.object({ ProjectId: zLong.optional(), DataSourceId: zLong.optional(), ResourceGroupId: zLong.optional() }),
  handler: async (params, context) => {
    let dataSourceIds: bigint[] | undefined;
    if (params.DataSourceId !== undefined) dataSourceIds = [params.DataSourceId];
    else if (params.ProjectId !== undefined) dataSourceIds = (await listProjectDataSources(context.db, params.ProjectId)).map((record) => record.id);
    const bindings = await listBindings(context.db, { dataSourceIds, resourceGroupId: params.ResourceGroupId });
    return { Bindings: bindings.map(toBindingWire) };
  },
});

export const deleteDataSourceBindingAction = defineAction({
  name: "DeleteDataSourceBinding",
  level: 2,
  envelope: "standard",
  params: z.object({ DataSourceId: zLong, ResourceGroupId: zText({ max: 128 }), ...ZOperatorParams }),
  handler: async (params, context) => {
    if (!(await findDataSource(context.db, params.DataSourceId))) throw DATA_SOURCE_ERRORS.notFound(params.DataSourceId);
    const group = await getResourceGroupOrThrow(context.db, params.ResourceGroupId);
    return deleteBinding(context.db, { dataSourceId: params.DataSourceId, resourceGroupId: group.id });
  },
});
