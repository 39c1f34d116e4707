import { describe, expect, it } from "vitest";
import { generateLayeredDag } from "./layered-dag";

const SHAPE = { nodeCount: 1_000, layerWidth: 10, maxParents: 3, parentLayerSpan: 3, seed: 7 };

describe("generateLayeredDag", () => {
  it("builds the same graph for the same seed", () => {
    expect(generateLayeredDag(SHAPE)).toEqual(generateLayeredDag(SHAPE));
  });

  it("links every node below the first layer to the layer just above, so the depth is exact", () => {
    const dag = generateLayeredDag(SHAPE);
    expect(dag.depth).toBe(100);
    dag.parentsOf.forEach((parents, index) => {
      const layer = Math.floor(index / SHAPE.layerWidth);
      if (layer === 0) return expect(parents).toEqual([]);
      expect(parents.length).toBeGreaterThanOrEqual(1);
      expect(parents.length).toBeLessThanOrEqual(SHAPE.maxParents);
      expect(parents.some((parent) => Math.floor(parent / SHAPE.layerWidth) === layer - 1)).toBe(true);
      for (const parent of parents) expect(layer - Math.floor(parent / SHAPE.layerWidth)).toBeGreaterThanOrEqual(1);
    });
  });

  it("counts the edges it made", () => {
    const dag = generateLayeredDag(SHAPE);
    expect(dag.edgeCount).toBe(dag.parentsOf.reduce((sum, parents) => sum + parents.length, 0));
  });
});
