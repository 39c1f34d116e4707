import "server-only";
import type { TBlockingInstance } from "@/lib/contracts/instance-detail";
import type { TUpstreamInstance } from "@/lib/server/instances/instance-mapper";
import { isUnknownActionError } from "@/lib/server/instances/upstream-code";
import type { TWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { findNodeInstancesInDag } from "./node-instances";
import { getRelatedNodeIds } from "./node-relations";
import { instanceEdgesFromNodeEdges } from "./node-edges";
import { toGraphInstance } from "./to-graph-instance";
import { ZListInstanceDependenciesAnswer } from "./upstream-schemas";

const MAX_PARENTS = 500;

function toBlockingInstance(wire: TUpstreamInstance): TBlockingInstance {
  return { instanceId: wire.InstanceId, nodeId: wire.NodeId, nodeName: wire.NodeName ?? "", status: wire.Status, isSuspended: wire.IsSuspended ?? false };
}

/**
 * An instance's direct parents: the engine's instance edges (ListInstanceDependencies), else its
 * node's parents' instances in the same DAG. Null when neither can be read: the page then says
 * it does not know, rather than guessing.
 */
export async function findParentInstances(workspace: TWorkspaceClient, center: TUpstreamInstance): Promise<TBlockingInstance[] | null> {
  try {
    const answer = await workspace.client.call(
      "ListInstanceDependencies",
      { InstanceId: center.InstanceId, Direction: "UPSTREAM", Depth: 1, MaxInstances: MAX_PARENTS, ProjectEnv: "PROD" },
      ZListInstanceDependenciesAnswer,
    );
    const parentIds = new Set(answer.Data.Edges.filter((edge) => edge.ChildInstanceId === center.InstanceId).map((edge) => edge.ParentInstanceId));
    return answer.Data.Instances.filter((instance) => parentIds.has(instance.InstanceId)).map(toBlockingInstance);
  } catch (error) {
    if (!isUnknownActionError(error)) {
      console.warn(`[instance-detail] parents of ${center.InstanceId} unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
  try {
    const parentNodeIds = await getRelatedNodeIds(workspace.client, workspace.serviceId, center.NodeId, "UPSTREAM");
    const candidates = await findNodeInstancesInDag(workspace, parentNodeIds, center.DagId);
    const graphInstances = [center, ...candidates].map((wire) => toGraphInstance(wire, workspace.timezone));
    const edges = instanceEdgesFromNodeEdges(graphInstances, new Map([[center.NodeId, parentNodeIds]]));
    const parentIds = new Set(edges.filter((edge) => edge.childId === center.InstanceId).map((edge) => edge.parentId));
    return candidates.filter((instance) => parentIds.has(instance.InstanceId)).map(toBlockingInstance);
  } catch (error) {
    console.warn(`[instance-detail] parents of ${center.InstanceId} unavailable (node fallback): ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
