import { randomInteger, seededRandom } from "../harness/random";

export type LayeredDagShape = {
  nodeCount: number;
  /** Nodes per layer; depth is nodeCount ÷ layerWidth. */
  layerWidth: number;
  /** Each node below the first layer has 1…maxParents parents. */
  maxParents: number;
  /** Parents come from the previous `parentLayerSpan` layers; the first one always from the layer just above. */
  parentLayerSpan: number;
  seed: number;
};

export type LayeredDag = { parentsOf: number[][]; depth: number; edgeCount: number };

/**
 * A deep DAG by node index: layer after layer, each node depending on the layer above (so the
 * depth is exact) and on a few nodes of earlier layers, like chained daily ETL.
 */
export function generateLayeredDag(shape: LayeredDagShape): LayeredDag {
  const random = seededRandom(shape.seed);
  const parentsOf: number[][] = [];
  let edgeCount = 0;
  for (let index = 0; index < shape.nodeCount; index++) {
    const layer = Math.floor(index / shape.layerWidth);
    const parents = new Set<number>();
    if (layer > 0) {
      const wanted = randomInteger(random, 1, shape.maxParents);
      parents.add(nodeInLayer(layer - 1, random, shape));
      for (let attempt = 0; parents.size < wanted && attempt < wanted * 4; attempt++) {
        const parentLayer = layer - randomInteger(random, 1, Math.min(shape.parentLayerSpan, layer));
        parents.add(nodeInLayer(parentLayer, random, shape));
      }
    }
    parentsOf.push([...parents]);
    edgeCount += parents.size;
  }
  return { parentsOf, depth: Math.ceil(shape.nodeCount / shape.layerWidth), edgeCount };
}

function nodeInLayer(layer: number, random: () => number, shape: LayeredDagShape): number {
  const first = layer * shape.layerWidth;
  const last = Math.min(shape.nodeCount, first + shape.layerWidth) - 1;
  return randomInteger(random, first, last);
}
