import "server-only";
import type { TNodeSummary } from "@/lib/contracts/nodes";
import { ApiError } from "@/lib/server/http/api-error";
import { mapWithConcurrency } from "@/lib/server/instances/concurrency";
import { TtlCache } from "@/lib/server/instances/ttl-cache";
import { getUpstreamNodeOrThrow } from "@/lib/server/nodes/get-node";
import { toNodeSummary } from "@/lib/server/nodes/node-mapper";
import { ZListNodesAnswer } from "@/lib/server/nodes/upstream-schemas";
import type { TWorkspaceClient } from "@/lib/server/nodes/workspace-client";

/** Up to this many nodes are read one by one (GetNode); more, and the workspace's list is read instead. */
const ONE_BY_ONE_LIMIT = 25;
const LIST_PAGE_SIZE = 100;
const MAX_LIST_PAGES = 100;

const workspaceNodes = new TtlCache<Map<string, TNodeSummary>>(60_000, 50);

async function listAllNodes(workspace: TWorkspaceClient): Promise<Map<string, TNodeSummary>> {
  return workspaceNodes.get(`${workspace.serviceId}:${workspace.projectId}`, async () => {
    const nodes = new Map<string, TNodeSummary>();
    for (let page = 1; page <= MAX_LIST_PAGES; page++) {
      const answer = await workspace.client.call("ListNodes", { ProjectId: workspace.projectId, ProjectEnv: "PROD", PageNumber: page, PageSize: LIST_PAGE_SIZE }, ZListNodesAnswer);
      for (const node of answer.Data.Nodes) nodes.set(node.NodeId, toNodeSummary(node));
      if (page * LIST_PAGE_SIZE >= answer.Data.TotalCount || answer.Data.Nodes.length === 0) break;
    }
    return nodes;
  });
}

/** The workspace's nodes with these IDs, and the IDs it does not have (unknown, removed, or of another workspace). */
export async function findWorkspaceNodes(workspace: TWorkspaceClient, nodeIds: readonly string[]): Promise<{ nodes: TNodeSummary[]; missingNodeIds: string[] }> {
  const distinct = [...new Set(nodeIds)];
  let found: Map<string, TNodeSummary>;
  if (distinct.length <= ONE_BY_ONE_LIMIT) {
    const answers = await mapWithConcurrency(distinct, 6, (nodeId) =>
      getUpstreamNodeOrThrow(workspace, nodeId).then(toNodeSummary, (error: unknown) => {
        if (error instanceof ApiError && error.code === "NOT_FOUND") return null;
        throw error;
      }),
    );
    found = new Map(answers.filter((node) => node !== null).map((node) => [node.nodeId, node]));
  } else {
    found = await listAllNodes(workspace);
  }
  const nodes = distinct.map((nodeId) => found.get(nodeId)).filter((node) => node !== undefined);
  return { nodes, missingNodeIds: distinct.filter((nodeId) => !found.has(nodeId)) };
}
