import type { Adjacency } from "./graph-index";
import type { LayeredGraph } from "./layered-graph";
import type { LayerOrder } from "./order-layers";

/** Reusable buffers for `placeInOrder`, at least as long as the longest layer. */
export type PlacementScratch = { offset: Float64Array; blockMean: Float64Array; blockWeight: Float64Array; blockEnd: Int32Array };

export function createPlacementScratch(size: number): PlacementScratch {
  return { offset: new Float64Array(size), blockMean: new Float64Array(size), blockWeight: new Float64Array(size), blockEnd: new Int32Array(size) };
}

/**
 * Places the first `size` vertices of one layer, in their order, as close as possible (weighted
 * least squares) to where they want to be, never closer than `gapBefore[i]` to the previous one,
 * writing into `placed`. Isotonic regression by pool-adjacent-violators: linear in `size`.
 */
export function placeInOrder(
  size: number,
  desired: ArrayLike<number>,
  weights: ArrayLike<number>,
  gapBefore: ArrayLike<number>,
  placed: Float64Array,
  scratch: PlacementScratch = createPlacementScratch(size),
): Float64Array {
  const { offset, blockMean, blockWeight, blockEnd } = scratch;
  offset[0] = 0;
  for (let i = 1; i < size; i++) offset[i] = offset[i - 1]! + gapBefore[i]!;
  let blocks = 0;
  for (let i = 0; i < size; i++) {
    blockMean[blocks] = desired[i]! - offset[i]!;
    blockWeight[blocks] = weights[i]!;
    blockEnd[blocks] = i + 1;
    blocks++;
    while (blocks > 1 && blockMean[blocks - 2]! > blockMean[blocks - 1]!) {
      const weight = blockWeight[blocks - 2]! + blockWeight[blocks - 1]!;
      blockMean[blocks - 2] = (blockMean[blocks - 2]! * blockWeight[blocks - 2]! + blockMean[blocks - 1]! * blockWeight[blocks - 1]!) / weight;
      blockWeight[blocks - 2] = weight;
      blockEnd[blocks - 2] = blockEnd[blocks - 1]!;
      blocks--;
    }
  }
  let i = 0;
  for (let block = 0; block < blocks; block++) {
    for (; i < blockEnd[block]!; i++) placed[i] = blockMean[block]! + offset[i]!;
  }
  return placed;
}

export type CoordinateInput = {
  graph: LayeredGraph;
  order: LayerOrder;
  /** Size across the layer (height for LR) and along it (width for LR) of each real node. */
  crossSizeOf: Float64Array;
  mainSizeOf: Float64Array;
  layerGap: number;
  nodeGap: number;
  edgeGap: number;
};

/** Centre of each vertex across the layers and start of each vertex along them. */
export type Coordinates = { crossCenter: Float64Array; mainStart: Float64Array };

const PASSES: readonly ("up" | "down" | "both")[] = ["down", "up", "down", "up", "both"];

/**
 * Simple coordinate assignment: pack each layer, then alternate passes in which every vertex is
 * pulled towards the mean of its neighbours in the layers already placed (above or below), its
 * layer kept in order and apart by `placeInOrder`. Along the layers, each layer is as deep as its
 * deepest node, and nodes are centred in it.
 */
export function assignCoordinates(input: CoordinateInput): Coordinates {
  const { graph, order, crossSizeOf, mainSizeOf } = input;
  const crossSize = (v: number) => (v < graph.realCount ? crossSizeOf[v]! : 0);
  const crossCenter = new Float64Array(graph.vertexCount);
  const gapsOf = order.layers.map((layer) => {
    const gaps = new Float64Array(layer.length);
    for (let i = 1; i < layer.length; i++) {
      const a = layer[i - 1]!;
      const b = layer[i]!;
      const isBetweenNodes = a < graph.realCount && b < graph.realCount;
      gaps[i] = (crossSize(a) + crossSize(b)) / 2 + (isBetweenNodes ? input.nodeGap : input.edgeGap);
    }
    return gaps;
  });
  order.layers.forEach((layer, layerIndex) => {
    const gaps = gapsOf[layerIndex]!;
    let position = 0;
    for (let i = 0; i < layer.length; i++) {
      position += gaps[i]!;
      crossCenter[layer[i]!] = position;
    }
    for (const v of layer) crossCenter[v]! -= position / 2;
  });

  const longest = order.layers.reduce((max, layer) => Math.max(max, layer.length), 0);
  const scratch = createPlacementScratch(longest);
  const desired = new Float64Array(longest);
  const weights = new Float64Array(longest);
  const placed = new Float64Array(longest);
  const sumNeighbours = (v: number, side: Adjacency) => {
    let sum = 0;
    for (let k = side.start[v]!; k < side.start[v + 1]!; k++) sum += crossCenter[side.targets[k]!]!;
    return { sum, count: side.start[v + 1]! - side.start[v]! };
  };
  const pullLayer = (layerIndex: number, useUp: boolean, useDown: boolean) => {
    const layer = order.layers[layerIndex]!;
    for (let i = 0; i < layer.length; i++) {
      const v = layer[i]!;
      const above = useUp ? sumNeighbours(v, graph.up) : { sum: 0, count: 0 };
      const below = useDown ? sumNeighbours(v, graph.down) : { sum: 0, count: 0 };
      const count = above.count + below.count;
      desired[i] = count === 0 ? crossCenter[v]! : (above.sum + below.sum) / count;
      // Routing points weigh more, so that long edges run straight.
      weights[i] = (count === 0 ? 0.5 : 1) * (v < graph.realCount ? 1 : 2);
    }
    placeInOrder(layer.length, desired, weights, gapsOf[layerIndex]!, placed, scratch);
    for (let i = 0; i < layer.length; i++) crossCenter[layer[i]!] = placed[i]!;
  };
  for (const pass of PASSES) {
    if (pass === "down") for (let layer = 1; layer < order.layers.length; layer++) pullLayer(layer, true, false);
    else if (pass === "up") for (let layer = order.layers.length - 2; layer >= 0; layer--) pullLayer(layer, false, true);
    else for (let layer = 0; layer < order.layers.length; layer++) pullLayer(layer, true, true);
  }

  const layerDepth = new Float64Array(order.layers.length);
  for (let v = 0; v < graph.realCount; v++) layerDepth[graph.layerOf[v]!] = Math.max(layerDepth[graph.layerOf[v]!]!, mainSizeOf[v]!);
  const layerStart = new Float64Array(order.layers.length);
  for (let layer = 1; layer < order.layers.length; layer++) layerStart[layer] = layerStart[layer - 1]! + layerDepth[layer - 1]! + input.layerGap;
  const mainStart = new Float64Array(graph.vertexCount);
  for (let v = 0; v < graph.vertexCount; v++) {
    const layer = graph.layerOf[v]!;
    const size = v < graph.realCount ? mainSizeOf[v]! : 0;
    mainStart[v] = layerStart[layer]! + (layerDepth[layer]! - size) / 2;
  }
  return { crossCenter, mainStart };
}
