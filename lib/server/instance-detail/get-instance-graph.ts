import "server-only";
import type { TGraphDirection, TInstanceGraph } from "@/lib/contracts/instance-detail";
import { mapWithConcurrency } from "@/lib/server/instances/concurrency";
import type { TUpstreamInstance } from "@/lib/server/instances/instance-mapper";
import { isUnknownActionError } from "@/lib/server/instances/upstream-code";
import { getWorkspaceClient, type TWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { getUpstreamInstanceOrThrow } from "./get-upstream-instance";
import { findNodeInstancesInDag } from "./node-instances";
import { instanceEdgesFromNodeEdges } from "./node-edges";
import { getRelatedNodeIds } from "./node-relations";
import { toGraphInstance } from "./to-graph-instance";
import { ZListInstanceDependenciesAnswer } from "./upstream-schemas";

/** The most instances a neighbourhood graph holds: beyond it, the page asks for less depth. */
export const MAX_NEIGHBOURHOOD_INSTANCES = 2_000;
/** Real DataWorks fallback: the most nodes walked (each costs a level-2 call). */
const MAX_FALLBACK_NODES = 150;

type TGraphRequest = { serviceId: number; projectId: string; instanceId: string; depth: number; direction: TGraphDirection };

/**
 * The instances around one instance and the edges among them: the engine's instance edges
 * (ListInstanceDependencies), or — where the data service lacks that Action — the node
 * dependencies walked to the same depth and matched to instances of the same DAG.
 */
export async function getInstanceGraphOrThrow(input: TGraphRequest): Promise<TInstanceGraph> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const center = await getUpstreamInstanceOrThrow(workspace, input.instanceId);
  try {
    const answer = await workspace.client.call(
      "ListInstanceDependencies",
      { InstanceId: input.instanceId, Direction: input.direction, Depth: input.depth, MaxInstances: MAX_NEIGHBOURHOOD_INSTANCES, ProjectEnv: "PROD" },
      ZListInstanceDependenciesAnswer,
    );
    return {
      centerId: center.InstanceId,
      instances: answer.Data.Instances.map((instance) => toGraphInstance(instance, workspace.timezone)),
      edges: answer.Data.Edges.map((edge) => ({ parentId: edge.ParentInstanceId, childId: edge.ChildInstanceId })),
      isTruncated: answer.Data.Truncated ?? false,
      source: "instance-edges",
      timezone: workspace.timezone,
    };
  } catch (error) {
    if (!isUnknownActionError(error)) throw error;
  }
  return getNodeDependencyGraph(workspace, center, input);
}

async function getNodeDependencyGraph(workspace: TWorkspaceClient, center: TUpstreamInstance, input: TGraphRequest): Promise<TInstanceGraph> {
  const parentsOf = new Map<string, string[]>();
  const seen = new Set<string>([center.NodeId]);
  let isTruncated = false;
  const walk = async (direction: "UPSTREAM" | "DOWNSTREAM") => {
    let level = [center.NodeId];
    for (let depth = 0; depth < input.depth && level.length > 0; depth++) {
      const related = await mapWithConcurrency(level, 4, (nodeId) => getRelatedNodeIds(workspace.client, workspace.serviceId, nodeId, direction));
      const next: string[] = [];
      level.forEach((nodeId, index) => {
        for (const other of related[index] ?? []) {
          const [parent, child] = direction === "UPSTREAM" ? [other, nodeId] : [nodeId, other];
          parentsOf.set(child, [...new Set([...(parentsOf.get(child) ?? []), parent])]);
          if (seen.has(other)) continue;
          if (seen.size >= MAX_FALLBACK_NODES) {
            isTruncated = true;
            continue;
          }
          seen.add(other);
          next.push(other);
        }
      });
      level = next;
    }
  };
  if (input.direction !== "DOWNSTREAM") await walk("UPSTREAM");
  if (input.direction !== "UPSTREAM") await walk("DOWNSTREAM");
  const others = await findNodeInstancesInDag(workspace, [...seen].filter((nodeId) => nodeId !== center.NodeId), center.DagId);
  const instances = [center, ...others.filter((instance) => instance.InstanceId !== center.InstanceId)].map((wire) => toGraphInstance(wire, workspace.timezone));
  return {
    centerId: center.InstanceId,
    instances,
    edges: instanceEdgesFromNodeEdges(instances, parentsOf),
    isTruncated,
    source: "node-dependencies",
    timezone: workspace.timezone,
  };
}
