import { assignCoordinates } from "./assign-coordinates";
import { assignLayers } from "./assign-layers";
import { indexGraph } from "./graph-index";
import { toLayeredGraph } from "./layered-graph";
import { initialOrder, orderLayers } from "./order-layers";
import { DEFAULT_LAYOUT_OPTIONS, type LayoutEdgeInput, type LayoutNodeInput, type LayoutOptions, type LayoutResult } from "./types";

/**
 * A layered (Sugiyama-style) layout of a directed graph: cycles broken by reversing edges,
 * longest-path layers, routing points on long edges, barycenter sweeps for the order within each
 * layer, and least-squares coordinates. Pure and iterative throughout (no recursion), so a 10,000-
 * node chain is as safe as a 10,000-node fan-out; deterministic for the same input.
 */
export function layoutGraph(
  nodes: readonly LayoutNodeInput[],
  edges: readonly LayoutEdgeInput[],
  options: Partial<LayoutOptions> = {},
): LayoutResult {
  const settings = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (nodes.length === 0) return { positions: [], width: 0, height: 0, layerCount: 0, crossings: 0, reversedEdgeCount: 0 };
  const indexed = indexGraph(nodes, edges);
  const layering = assignLayers(indexed);
  const layered = toLayeredGraph(indexed, layering, settings.maxRoutingPoints);

  const vertexSequence = new Int32Array(layered.vertexCount);
  vertexSequence.set(layering.topologicalOrder);
  for (let v = layered.realCount; v < layered.vertexCount; v++) vertexSequence[v] = v;
  const { order, crossings } = orderLayers(layered, initialOrder(layered, vertexSequence), settings.orderingSweeps);

  const isLeftToRight = settings.direction === "LR";
  const crossSizeOf = new Float64Array(nodes.length);
  const mainSizeOf = new Float64Array(nodes.length);
  nodes.forEach((node, index) => {
    crossSizeOf[index] = isLeftToRight ? node.height : node.width;
    mainSizeOf[index] = isLeftToRight ? node.width : node.height;
  });
  const { crossCenter, mainStart } = assignCoordinates({
    graph: layered,
    order,
    crossSizeOf,
    mainSizeOf,
    layerGap: settings.layerGap,
    nodeGap: settings.nodeGap,
    edgeGap: settings.edgeGap,
  });

  let crossMin = Infinity;
  let crossMax = -Infinity;
  let mainMax = 0;
  for (let v = 0; v < nodes.length; v++) {
    crossMin = Math.min(crossMin, crossCenter[v]! - crossSizeOf[v]! / 2);
    crossMax = Math.max(crossMax, crossCenter[v]! + crossSizeOf[v]! / 2);
    mainMax = Math.max(mainMax, mainStart[v]! + mainSizeOf[v]!);
  }
  const positions = nodes.map((node, v) => {
    const cross = crossCenter[v]! - crossSizeOf[v]! / 2 - crossMin;
    const main = mainStart[v]!;
    return { id: node.id, x: isLeftToRight ? main : cross, y: isLeftToRight ? cross : main, layer: layered.layerOf[v]! };
  });
  const crossExtent = crossMax - crossMin;
  return {
    positions,
    width: isLeftToRight ? mainMax : crossExtent,
    height: isLeftToRight ? crossExtent : mainMax,
    layerCount: layered.layerCount,
    crossings,
    reversedEdgeCount: indexed.reversedEdgeCount,
  };
}
