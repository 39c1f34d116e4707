import "server-only";
import type { TInstanceListPage, TInstanceListQuery } from "@/lib/contracts/instances";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { toInstanceSummary } from "./instance-mapper";
import { filterOfListQuery, toListInstancesParams } from "./list-request";
import { getNodeFacts } from "./node-facts";
import { isMissingParameterError } from "./upstream-code";
import { ZListInstancesAnswer } from "./upstream-schemas";
import { getWorkspaceTimezone } from "./workspace-timezone";

/**
 * One page of a workspace's instances (ListInstances), newest cycle first, with each node's owner
 * and type. Pages by the engine's cursor where the upstream has one, else by PageNumber; a
 * DataWorks that cannot list without a node answers an empty page with `needsNode`.
 */
export async function listInstancePage(input: { serviceId: number; projectId: string; query: TInstanceListQuery }): Promise<TInstanceListPage> {
  const { serviceId, projectId, query } = input;
  const client = await getDataWorksClient(serviceId);
  const timezone = await getWorkspaceTimezone(client, serviceId, projectId);
  const filter = filterOfListQuery(query);
  const params = {
    ...toListInstancesParams(projectId, filter),
    PageSize: String(query.pageSize),
    ...(query.cursor ? { Cursor: query.cursor } : { PageNumber: String(query.page) }),
  };
  let answer;
  try {
    answer = await client.call("ListInstances", params, ZListInstancesAnswer);
  } catch (error) {
    if (filter.nodeId === undefined && isMissingParameterError(error)) {
      return { items: [], paging: "page", page: 1, pageSize: query.pageSize, totalCount: 0, isTotalCapped: false, nextCursor: null, hasNextPage: false, timezone, needsNode: true };
    }
    throw error;
  }
  const data = answer.Data;
  const nodes = await getNodeFacts(client, { serviceId, projectId }, data.Instances.map((instance) => instance.NodeId));
  const paging = data.NextCursor === undefined ? "page" : "cursor";
  const page = data.PageNumber ?? query.page;
  return {
    items: data.Instances.map((instance) => toInstanceSummary(instance, { timezone, node: nodes.get(instance.NodeId) })),
    paging,
    page,
    pageSize: query.pageSize,
    totalCount: data.TotalCount,
    isTotalCapped: data.IsTotalCountCapped ?? false,
    nextCursor: data.NextCursor ?? null,
    hasNextPage: paging === "cursor" ? data.NextCursor !== null : page * query.pageSize < data.TotalCount && page < 100,
    timezone,
    needsNode: false,
  };
}
