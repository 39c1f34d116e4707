import "server-only";
import type { TNodeList, TNodeListQuery } from "@/lib/contracts/nodes";
import { toNodeSummary } from "./node-mapper";
import { ZListNodesAnswer } from "./upstream-schemas";
import { getWorkspaceClient } from "./workspace-client";

/** One page of a workspace's nodes (ListNodes), filtered by name (substring), owner and type. */
export async function listNodes(input: { serviceId: number; projectId: string; query: TNodeListQuery }): Promise<TNodeList> {
  const { client, timezone } = await getWorkspaceClient(input.serviceId, input.projectId);
  const { query } = input;
  // DataWorks pages by at most 100.
  const answer = await client.call(
    "ListNodes",
    {
      ProjectId: input.projectId,
      ProjectEnv: "PROD",
      NodeName: query.name,
      Owner: query.owner,
      ProgramType: query.programType,
      PageNumber: query.page,
      PageSize: query.pageSize,
    },
    ZListNodesAnswer,
  );
  return {
    items: answer.Data.Nodes.map(toNodeSummary),
    page: answer.Data.PageNumber ?? query.page,
    pageSize: query.pageSize,
    totalCount: answer.Data.TotalCount,
    timezone,
  };
}
