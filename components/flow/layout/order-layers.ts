import type { Adjacency } from "./graph-index";
import type { LayeredGraph } from "./layered-graph";

/** Each layer's vertices in order, and each vertex's index within its layer. */
export type LayerOrder = { layers: number[][]; positionOf: Int32Array };

/** Vertices grouped by layer, in the order given (e.g. topological, then routing points by creation). */
export function initialOrder(graph: LayeredGraph, vertexSequence: ArrayLike<number>): LayerOrder {
  const layers: number[][] = Array.from({ length: graph.layerCount }, () => []);
  const positionOf = new Int32Array(graph.vertexCount);
  for (let i = 0; i < vertexSequence.length; i++) {
    const v = vertexSequence[i]!;
    const layer = layers[graph.layerOf[v]!]!;
    positionOf[v] = layer.length;
    layer.push(v);
  }
  return { layers, positionOf };
}

/**
 * Reorders one layer by the barycenter of each vertex's neighbours in the fixed layer(s), as
 * relative positions (0–1) so that direct long edges compare fairly. A vertex without such
 * neighbours keeps its own relative place; ties keep the current order (deterministic).
 */
function reorderLayer(layer: number[], neighbours: Adjacency, order: LayerOrder, layerSizeOf: (v: number) => number, keyOf: Float64Array): void {
  const size = layer.length;
  for (let i = 0; i < size; i++) {
    const v = layer[i]!;
    const first = neighbours.start[v]!;
    const end = neighbours.start[v + 1]!;
    if (first === end) {
      keyOf[v] = (i + 0.5) / size;
      continue;
    }
    let sum = 0;
    for (let k = first; k < end; k++) {
      const w = neighbours.targets[k]!;
      sum += (order.positionOf[w]! + 0.5) / layerSizeOf(w);
    }
    keyOf[v] = sum / (end - first);
  }
  layer.sort((a, b) => keyOf[a]! - keyOf[b]! || order.positionOf[a]! - order.positionOf[b]!);
  for (let i = 0; i < size; i++) order.positionOf[layer[i]!] = i;
}

/** Crossings between every pair of neighbouring layers (segments between non-neighbouring layers are not counted). */
export function countCrossings(graph: LayeredGraph, order: LayerOrder): number {
  let total = 0;
  const longest = order.layers.reduce((max, layer) => Math.max(max, layer.length), 0);
  const tree = new Int32Array(longest + 1);
  const ends: number[] = [];
  for (let layerIndex = 0; layerIndex + 1 < order.layers.length; layerIndex++) {
    const upper = order.layers[layerIndex]!;
    const lowerSize = order.layers[layerIndex + 1]!.length;
    // Fenwick tree over the lower layer's positions: for each segment, in upper order then lower
    // order, count the earlier segments that end further along (they cross it).
    tree.fill(0, 0, lowerSize + 1);
    let inserted = 0;
    for (const u of upper) {
      ends.length = 0;
      for (let k = graph.down.start[u]!; k < graph.down.start[u + 1]!; k++) {
        const w = graph.down.targets[k]!;
        if (graph.layerOf[w] === layerIndex + 1) ends.push(order.positionOf[w]!);
      }
      ends.sort((a, b) => a - b);
      for (const end of ends) {
        let atOrBefore = 0;
        for (let i = end + 1; i > 0; i -= i & -i) atOrBefore += tree[i]!;
        total += inserted - atOrBefore;
        for (let i = end + 1; i <= lowerSize; i += i & -i) tree[i]!++;
        inserted++;
      }
    }
  }
  return total;
}

function copyOrder(order: LayerOrder): LayerOrder {
  return { layers: order.layers.map((layer) => layer.slice()), positionOf: order.positionOf.slice() };
}

/**
 * Barycenter crossing reduction: alternating down sweeps (by neighbours above) and up sweeps (by
 * neighbours below), keeping the ordering with the fewest crossings seen.
 */
export function orderLayers(graph: LayeredGraph, start: LayerOrder, sweeps: number): { order: LayerOrder; crossings: number } {
  const layerSizeOf = (v: number) => current.layers[graph.layerOf[v]!]!.length;
  const current = copyOrder(start);
  const keyOf = new Float64Array(graph.vertexCount);
  let best = copyOrder(current);
  let bestCrossings = countCrossings(graph, current);
  // Without routing points, long edges are not counted: sweep even when no counted crossing is left.
  for (let sweep = 0; sweep < sweeps && (bestCrossings > 0 || graph.hasDirectLongEdges); sweep++) {
    for (let layer = 1; layer < current.layers.length; layer++) reorderLayer(current.layers[layer]!, graph.up, current, layerSizeOf, keyOf);
    for (let layer = current.layers.length - 2; layer >= 0; layer--) reorderLayer(current.layers[layer]!, graph.down, current, layerSizeOf, keyOf);
    const crossings = countCrossings(graph, current);
    if (crossings < bestCrossings) {
      best = copyOrder(current);
      bestCrossings = crossings;
    }
  }
  return { order: best, crossings: bestCrossings };
}
