import "server-only";
import { ApiError } from "@/lib/server/http/api-error";
import type { TWorkspaceClient } from "./workspace-client";
import { ZGetNodeAnswer, type TUpstreamNode } from "./upstream-schemas";

/** GetNode, refused as NOT_FOUND when the node belongs to another workspace than the page's. */
export async function getUpstreamNodeOrThrow(workspace: Pick<TWorkspaceClient, "client" | "projectId">, nodeId: string): Promise<TUpstreamNode> {
  const answer = await workspace.client.call("GetNode", { NodeId: nodeId, ProjectEnv: "PROD" }, ZGetNodeAnswer);
  const node = answer.Data;
  if (node.ProjectId != null && node.ProjectId !== workspace.projectId) {
    throw new ApiError("NOT_FOUND", `Node ${nodeId} is not in workspace ${workspace.projectId}.`);
  }
  return node;
}
