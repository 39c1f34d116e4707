import type { IndexedGraph } from "./graph-index";

export type Layering = {
  /** Layer of each node (0 = first). */
  layerOf: Int32Array;
  layerCount: number;
  /** Nodes in topological order (parents before children). */
  topologicalOrder: Int32Array;
};

/**
 * Longest-path layering (Kahn's algorithm, no recursion): every node sits one layer below its
 * deepest parent. Nodes without parents are then moved down to just above their nearest child, so
 * that a lone source does not stretch an edge across the whole graph.
 */
export function assignLayers(graph: IndexedGraph): Layering {
  const { nodeCount, children, parents } = graph;
  const remainingParents = new Int32Array(nodeCount);
  const topologicalOrder = new Int32Array(nodeCount);
  let tail = 0;
  for (let v = 0; v < nodeCount; v++) {
    remainingParents[v] = parents.start[v + 1]! - parents.start[v]!;
    if (remainingParents[v] === 0) topologicalOrder[tail++] = v;
  }
  const layerOf = new Int32Array(nodeCount);
  for (let head = 0; head < tail; head++) {
    const v = topologicalOrder[head]!;
    const next = layerOf[v]! + 1;
    for (let i = children.start[v]!; i < children.start[v + 1]!; i++) {
      const w = children.targets[i]!;
      if (layerOf[w]! < next) layerOf[w] = next;
      if (--remainingParents[w]! === 0) topologicalOrder[tail++] = w;
    }
  }
  if (tail !== nodeCount) throw new Error("assignLayers needs an acyclic graph");

  for (let v = 0; v < nodeCount; v++) {
    if (parents.start[v + 1] !== parents.start[v]) continue;
    let nearestChild = Number.MAX_SAFE_INTEGER;
    for (let i = children.start[v]!; i < children.start[v + 1]!; i++) nearestChild = Math.min(nearestChild, layerOf[children.targets[i]!]!);
    if (nearestChild !== Number.MAX_SAFE_INTEGER) layerOf[v] = nearestChild - 1;
  }
  let layerCount = 0;
  for (let v = 0; v < nodeCount; v++) layerCount = Math.max(layerCount, layerOf[v]! + 1);
  return { layerOf, layerCount, topologicalOrder };
}
