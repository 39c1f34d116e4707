import type { TGraphEdge, TGraphInstance } from "@/lib/contracts/instance-detail";

/**
 * Instance edges from node dependencies, for data services without instance edges (real
 * DataWorks): each instance depends on the instances of its parent nodes in the same set — those
 * of the same cycle time where there are any, else the latest one not after its own cycle.
 */
export function instanceEdgesFromNodeEdges(instances: readonly TGraphInstance[], parentNodeIdsOf: ReadonlyMap<string, readonly string[]>): TGraphEdge[] {
  const byNode = new Map<string, TGraphInstance[]>();
  for (const instance of instances) {
    const list = byNode.get(instance.nodeId) ?? [];
    list.push(instance);
    byNode.set(instance.nodeId, list);
  }
  const edges: TGraphEdge[] = [];
  for (const child of instances) {
    for (const parentNodeId of parentNodeIdsOf.get(child.nodeId) ?? []) {
      const candidates = byNode.get(parentNodeId);
      if (!candidates || candidates.length === 0) continue;
      const sameCycle = candidates.filter((parent) => parent.cycTime === child.cycTime);
      let parents = sameCycle;
      if (parents.length === 0) {
        const earlier = candidates.filter((parent) => parent.cycTime <= child.cycTime).sort((a, b) => b.cycTime.localeCompare(a.cycTime));
        parents = earlier.length > 0 ? [earlier[0]!] : candidates;
      }
      for (const parent of parents) edges.push({ parentId: parent.instanceId, childId: child.instanceId });
    }
  }
  return edges;
}
