import "server-only";
import type { TGraphEdge } from "@/lib/contracts/instance-detail";
import type { TUpstreamInstance } from "@/lib/server/instances/instance-mapper";
import { ZListInstanceDependenciesAnswer } from "@/lib/server/instance-detail/upstream-schemas";
import type { TWorkspaceClient } from "@/lib/server/nodes/workspace-client";

/** The deepest walk the engine allows, and the most instances one answer holds. */
const WALK_DEPTH = 20;
const WALK_MAX_INSTANCES = 5_000;
/** ListInstanceDependencies calls for one DAG; beyond, the graph is drawn with what was found. */
const CALL_BUDGET = 40;

/**
 * Every edge among a DAG's instances with few ListInstanceDependencies calls. A downward walk from
 * an instance answers all edges among the instances below it, so walking down from every root
 * (an instance without a parent in the DAG) finds every edge. Roots are found by walking up from
 * an instance no walk has reached yet. Throws the upstream error (unknown Action included).
 */
export async function collectDagEdges(workspace: TWorkspaceClient, instances: readonly TUpstreamInstance[]): Promise<{ edges: TGraphEdge[]; isPartial: boolean }> {
  const inDag = new Set(instances.map((instance) => instance.InstanceId));
  const covered = new Set<string>();
  const expanded = new Set<string>();
  const edges = new Map<string, TGraphEdge>();
  let calls = 0;
  let isPartial = false;

  const walk = async (instanceId: string, direction: "UPSTREAM" | "DOWNSTREAM") => {
    calls++;
    const answer = await workspace.client.call(
      "ListInstanceDependencies",
      { InstanceId: instanceId, Direction: direction, Depth: WALK_DEPTH, MaxInstances: WALK_MAX_INSTANCES, ProjectEnv: "PROD" },
      ZListInstanceDependenciesAnswer,
    );
    if (answer.Data.Truncated) isPartial = true;
    const dagEdges = answer.Data.Edges.filter((edge) => inDag.has(edge.ParentInstanceId) && inDag.has(edge.ChildInstanceId));
    for (const edge of dagEdges) edges.set(`${edge.ParentInstanceId}>${edge.ChildInstanceId}`, { parentId: edge.ParentInstanceId, childId: edge.ChildInstanceId });
    return { instanceIds: answer.Data.Instances.map((instance) => instance.InstanceId).filter((id) => inDag.has(id)), dagEdges };
  };

  // Earliest cycles first: they are the likeliest roots, so fewer walks are needed.
  const order = [...instances].sort((a, b) => a.CycTime - b.CycTime || (BigInt(a.InstanceId) < BigInt(b.InstanceId) ? -1 : 1));
  for (const instance of order) {
    if (covered.has(instance.InstanceId)) continue;
    if (calls >= CALL_BUDGET) {
      isPartial = true;
      break;
    }
    const up = await walk(instance.InstanceId, "UPSTREAM");
    const hasParent = new Set(up.dagEdges.map((edge) => edge.ChildInstanceId));
    const roots = up.instanceIds.filter((id) => !hasParent.has(id) && !expanded.has(id));
    for (const root of roots) {
      if (calls >= CALL_BUDGET) {
        isPartial = true;
        break;
      }
      expanded.add(root);
      const down = await walk(root, "DOWNSTREAM");
      covered.add(root);
      for (const id of down.instanceIds) covered.add(id);
    }
    covered.add(instance.InstanceId);
  }
  return { edges: [...edges.values()], isPartial };
}
