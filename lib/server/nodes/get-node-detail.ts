import "server-only";
import type { TNodeDetail } from "@/lib/contracts/nodes";
import { getUpstreamNodeOrThrow } from "./get-node";
import { toNodeDefinition, toNodeRelative } from "./node-mapper";
import { ZNodeRelativesAnswer } from "./upstream-schemas";
import { getWorkspaceClient } from "./workspace-client";

/** A node's definition with its direct parents and children (GetNode, GetNodeParents, GetNodeChildren). */
export async function getNodeDetailOrThrow(input: { serviceId: number; projectId: string; nodeId: string }): Promise<TNodeDetail> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const node = await getUpstreamNodeOrThrow(workspace, input.nodeId);
  const params = { NodeId: input.nodeId, ProjectEnv: "PROD" };
  const [parents, children] = await Promise.all([
    workspace.client.call("GetNodeParents", params, ZNodeRelativesAnswer),
    workspace.client.call("GetNodeChildren", params, ZNodeRelativesAnswer),
  ]);
  return {
    node: toNodeDefinition(node),
    parents: parents.Data.Nodes.map(toNodeRelative),
    children: children.Data.Nodes.map(toNodeRelative),
    timezone: workspace.timezone,
  };
}
