import "server-only";
import { MAX_DAG_GRAPH_INSTANCES, type TDagGraph } from "@/lib/contracts/dags";
import type { TGraphEdge } from "@/lib/contracts/instance-detail";
import { mapWithConcurrency } from "@/lib/server/instances/concurrency";
import { isUnknownActionError } from "@/lib/server/instances/upstream-code";
import { instanceEdgesFromNodeEdges } from "@/lib/server/instance-detail/node-edges";
import { getRelatedNodeIds } from "@/lib/server/instance-detail/node-relations";
import { toGraphInstance } from "@/lib/server/instance-detail/to-graph-instance";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { collectDagEdges } from "./collect-dag-edges";
import { getUpstreamDagOrThrow } from "./get-upstream-dag";
import { listDagInstances } from "./list-dag-instances";

/** Node dependencies read for the fallback (each a level-2 call, cached for a minute). */
const MAX_FALLBACK_NODES = 300;

/**
 * A DAG's instances and the edges among them, for its graph: the engine's instance edges, or the
 * node dependencies where the data service lacks them. Above MAX_DAG_GRAPH_INSTANCES, only the count.
 */
export async function getDagGraphOrThrow(input: { serviceId: number; projectId: string; dagId: string }): Promise<TDagGraph> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  await getUpstreamDagOrThrow(workspace, input.dagId);
  const { instances, isCapped } = await listDagInstances(workspace, input.dagId, MAX_DAG_GRAPH_INSTANCES + 1);
  const base = { timezone: workspace.timezone };
  if (isCapped || instances.length > MAX_DAG_GRAPH_INSTANCES) {
    return { ...base, instances: [], edges: [], isPartial: true, isTooLarge: true, instanceCount: instances.length, source: "instance-edges" };
  }
  const graphInstances = instances.map((instance) => toGraphInstance(instance, workspace.timezone));
  try {
    const { edges, isPartial } = await collectDagEdges(workspace, instances);
    return { ...base, instances: graphInstances, edges, isPartial, isTooLarge: false, instanceCount: instances.length, source: "instance-edges" };
  } catch (error) {
    if (!isUnknownActionError(error)) throw error;
  }
  const nodeIds = [...new Set(instances.map((instance) => instance.NodeId))];
  const readNodes = nodeIds.slice(0, MAX_FALLBACK_NODES);
  const parents = await mapWithConcurrency(readNodes, 4, (nodeId) => getRelatedNodeIds(workspace.client, workspace.serviceId, nodeId, "UPSTREAM"));
  const edges: TGraphEdge[] = instanceEdgesFromNodeEdges(graphInstances, new Map(readNodes.map((nodeId, index) => [nodeId, parents[index] ?? []])));
  return { ...base, instances: graphInstances, edges, isPartial: nodeIds.length > readNodes.length, isTooLarge: false, instanceCount: instances.length, source: "node-dependencies" };
}
