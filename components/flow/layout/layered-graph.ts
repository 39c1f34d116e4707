import type { Layering } from "./assign-layers";
import { toAdjacency, type Adjacency, type IndexedGraph } from "./graph-index";

/**
 * The graph the ordering and coordinate steps work on: the real nodes (0 … realCount - 1) and, for
 * edges that span several layers, one routing point per layer crossed (realCount …). `up` holds each
 * vertex's neighbours in earlier layers, `down` those in later layers.
 */
export type LayeredGraph = {
  realCount: number;
  vertexCount: number;
  layerOf: Int32Array;
  layerCount: number;
  up: Adjacency;
  down: Adjacency;
  hasRoutingPoints: boolean;
  /** Edges that span several layers but got no routing points (too many of them). */
  hasDirectLongEdges: boolean;
};

/** Adds routing points to long edges unless there would be more than `maxRoutingPoints` of them. */
export function toLayeredGraph(graph: IndexedGraph, layering: Layering, maxRoutingPoints: number): LayeredGraph {
  const { nodeCount, children } = graph;
  const { layerOf } = layering;
  const edgeCount = children.targets.length;
  let routingPointCount = 0;
  for (let v = 0; v < nodeCount; v++) {
    for (let i = children.start[v]!; i < children.start[v + 1]!; i++) routingPointCount += layerOf[children.targets[i]!]! - layerOf[v]! - 1;
  }
  const hasRoutingPoints = routingPointCount > 0 && routingPointCount <= maxRoutingPoints;
  if (!hasRoutingPoints) {
    const from = new Int32Array(edgeCount);
    const to = new Int32Array(edgeCount);
    let e = 0;
    for (let v = 0; v < nodeCount; v++) {
      for (let i = children.start[v]!; i < children.start[v + 1]!; i++) {
        from[e] = v;
        to[e] = children.targets[i]!;
        e++;
      }
    }
    return {
      realCount: nodeCount,
      vertexCount: nodeCount,
      layerOf,
      layerCount: layering.layerCount,
      up: toAdjacency(nodeCount, to, from, edgeCount),
      down: toAdjacency(nodeCount, from, to, edgeCount),
      hasRoutingPoints: false,
      hasDirectLongEdges: routingPointCount > 0,
    };
  }

  const vertexCount = nodeCount + routingPointCount;
  const vertexLayer = new Int32Array(vertexCount);
  vertexLayer.set(layerOf);
  const segmentCount = edgeCount + routingPointCount;
  const from = new Int32Array(segmentCount);
  const to = new Int32Array(segmentCount);
  let next = nodeCount;
  let segment = 0;
  for (let v = 0; v < nodeCount; v++) {
    for (let i = children.start[v]!; i < children.start[v + 1]!; i++) {
      const target = children.targets[i]!;
      let previous = v;
      for (let layer = layerOf[v]! + 1; layer < layerOf[target]!; layer++) {
        vertexLayer[next] = layer;
        from[segment] = previous;
        to[segment] = next;
        segment++;
        previous = next++;
      }
      from[segment] = previous;
      to[segment] = target;
      segment++;
    }
  }
  return {
    realCount: nodeCount,
    vertexCount,
    layerOf: vertexLayer,
    layerCount: layering.layerCount,
    up: toAdjacency(vertexCount, to, from, segmentCount),
    down: toAdjacency(vertexCount, from, to, segmentCount),
    hasRoutingPoints: true,
    hasDirectLongEdges: false,
  };
}
