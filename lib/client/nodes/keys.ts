import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TNodeListQuery } from "@/lib/contracts/nodes";

/** Query keys of the nodes area, narrowest last. */
export const nodeKeys = {
  all: ["nodes"] as const,
  workspace: (workspace: TWorkspaceRef) => [...nodeKeys.all, workspace.serviceId, workspace.projectId] as const,
  lists: (workspace: TWorkspaceRef) => [...nodeKeys.workspace(workspace), "list"] as const,
  list: (workspace: TWorkspaceRef, query: TNodeListQuery) => [...nodeKeys.lists(workspace), query] as const,
  node: (workspace: TWorkspaceRef, nodeId: string) => [...nodeKeys.workspace(workspace), "node", nodeId] as const,
  detail: (workspace: TWorkspaceRef, nodeId: string) => [...nodeKeys.node(workspace, nodeId), "detail"] as const,
  code: (workspace: TWorkspaceRef, nodeId: string) => [...nodeKeys.node(workspace, nodeId), "code"] as const,
  downstream: (workspace: TWorkspaceRef, nodeId: string) => [...nodeKeys.node(workspace, nodeId), "downstream"] as const,
};
