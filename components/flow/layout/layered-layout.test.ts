import { describe, expect, it } from "vitest";
import { layoutGraph } from "./layered-layout";
import type { LayoutEdgeInput, LayoutNodeInput, LayoutResult } from "./types";

const box = (id: string, width = 180, height = 40): LayoutNodeInput => ({ id, width, height });

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomDag(nodeCount: number, seed: number): { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[] } {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: nodeCount }, (_, index) => box(`n${index}`, 120 + Math.floor(random() * 80), 32 + Math.floor(random() * 16)));
  const edges: LayoutEdgeInput[] = [];
  for (let index = 1; index < nodeCount; index++) {
    const parentCount = Math.floor(random() * 3);
    for (let k = 0; k < parentCount; k++) {
      const parent = Math.max(0, index - 1 - Math.floor(random() * Math.min(index, 50)));
      edges.push({ source: `n${parent}`, target: `n${index}` });
    }
  }
  return { nodes, edges };
}

function byId(result: LayoutResult) {
  return new Map(result.positions.map((position) => [position.id, position]));
}

/** No overlaps: layers occupy disjoint bands along the main axis, and boxes of a layer are apart across it. */
function expectNoOverlaps(nodes: readonly LayoutNodeInput[], result: LayoutResult, direction: "LR" | "TB" = "LR") {
  const sizeOf = new Map(nodes.map((node) => [node.id, node]));
  const layers = new Map<number, { main: number; mainEnd: number; cross: number; crossEnd: number; id: string }[]>();
  for (const position of result.positions) {
    const size = sizeOf.get(position.id)!;
    const box =
      direction === "LR"
        ? { main: position.x, mainEnd: position.x + size.width, cross: position.y, crossEnd: position.y + size.height, id: position.id }
        : { main: position.y, mainEnd: position.y + size.height, cross: position.x, crossEnd: position.x + size.width, id: position.id };
    layers.set(position.layer, [...(layers.get(position.layer) ?? []), box]);
  }
  const bands = [...layers.entries()].sort(([a], [b]) => a - b).map(([, boxes]) => boxes);
  let previousBandEnd = -Infinity;
  for (const boxes of bands) {
    const bandStart = Math.min(...boxes.map((box) => box.main));
    expect(bandStart).toBeGreaterThanOrEqual(previousBandEnd);
    previousBandEnd = Math.max(...boxes.map((box) => box.mainEnd));
    const sorted = [...boxes].sort((a, b) => a.cross - b.cross);
    const collisions = sorted.filter((box, index) => index > 0 && box.cross < sorted[index - 1]!.crossEnd - 1e-6).map((box) => box.id);
    expect(collisions).toEqual([]);
  }
}

describe("layoutGraph", () => {
  it("puts every parent in an earlier layer than its child, left of it in LR", () => {
    const { nodes, edges } = randomDag(300, 7);
    const result = layoutGraph(nodes, edges);
    const positions = byId(result);
    for (const edge of edges) {
      const source = positions.get(edge.source)!;
      const target = positions.get(edge.target)!;
      expect(source.layer).toBeLessThan(target.layer);
      expect(source.x + nodes.find((node) => node.id === edge.source)!.width).toBeLessThanOrEqual(target.x);
    }
  });

  it("puts parents above children in TB", () => {
    const nodes = ["a", "b", "c"].map((id) => box(id));
    const result = layoutGraph(nodes, [{ source: "a", target: "b" }, { source: "b", target: "c" }], { direction: "TB" });
    const positions = byId(result);
    expect(positions.get("a")!.y + 40).toBeLessThanOrEqual(positions.get("b")!.y);
    expect(positions.get("b")!.y + 40).toBeLessThanOrEqual(positions.get("c")!.y);
    expect(result.layerCount).toBe(3);
  });

  it("never lets two boxes overlap, whatever their sizes", () => {
    const { nodes, edges } = randomDag(500, 11);
    expectNoOverlaps(nodes, layoutGraph(nodes, edges));
    expectNoOverlaps(nodes, layoutGraph(nodes, edges, { direction: "TB", maxRoutingPoints: 0 }), "TB");
  });

  it("places every node inside the reported bounds, starting at zero", () => {
    const { nodes, edges } = randomDag(200, 3);
    const result = layoutGraph(nodes, edges);
    const sizeOf = new Map(nodes.map((node) => [node.id, node]));
    const minX = Math.min(...result.positions.map((position) => position.x));
    const minY = Math.min(...result.positions.map((position) => position.y));
    expect(minX).toBe(0);
    expect(minY).toBeCloseTo(0, 6);
    for (const position of result.positions) {
      expect(position.x + sizeOf.get(position.id)!.width).toBeLessThanOrEqual(result.width + 1e-6);
      expect(position.y + sizeOf.get(position.id)!.height).toBeLessThanOrEqual(result.height + 1e-6);
    }
  });

  it("gives the same layout for the same input", () => {
    const { nodes, edges } = randomDag(400, 5);
    expect(layoutGraph(nodes, edges)).toEqual(layoutGraph(nodes, edges));
  });

  it("lays out a 10,000-node chain without overflowing the stack", () => {
    const nodes = Array.from({ length: 10_000 }, (_, index) => box(`c${index}`));
    const edges = nodes.slice(1).map((node, index) => ({ source: `c${index}`, target: node.id }));
    const started = performance.now();
    const result = layoutGraph(nodes, edges);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.layerCount).toBe(10_000);
    expect(byId(result).get("c9999")!.layer).toBe(9_999);
  });

  it("lays out a 10,000-node fan-out in two layers without overlaps", () => {
    const nodes = Array.from({ length: 10_000 }, (_, index) => box(`w${index}`));
    const edges = nodes.slice(1).map((node) => ({ source: "w0", target: node.id }));
    const result = layoutGraph(nodes, edges);
    expect(result.layerCount).toBe(2);
    expectNoOverlaps(nodes, result);
  });

  it("lays out 2,000 random nodes within the time budget", () => {
    const { nodes, edges } = randomDag(2_000, 42);
    const started = performance.now();
    layoutGraph(nodes, edges);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it("breaks cycles by reversing edges instead of failing", () => {
    const nodes = ["a", "b", "c"].map((id) => box(id));
    const result = layoutGraph(nodes, [
      { source: "a", target: "b" },
      { source: "b", target: "c" },
      { source: "c", target: "a" },
    ]);
    expect(result.reversedEdgeCount).toBe(1);
    expect(new Set(result.positions.map((position) => position.layer)).size).toBe(3);
  });

  it("ignores self loops, duplicate edges and edges to unknown nodes", () => {
    const nodes = ["a", "b"].map((id) => box(id));
    const result = layoutGraph(nodes, [
      { source: "a", target: "a" },
      { source: "a", target: "b" },
      { source: "a", target: "b" },
      { source: "a", target: "ghost" },
    ]);
    expect(result.layerCount).toBe(2);
    expect(result.reversedEdgeCount).toBe(0);
  });

  it("untangles a crossing that the input order creates", () => {
    // Input order crosses a→d and b→c; the sweeps put c and d the other way round.
    const nodes = ["a", "b", "d", "c"].map((id) => box(id));
    const result = layoutGraph(nodes, [
      { source: "a", target: "c" },
      { source: "b", target: "d" },
    ]);
    expect(result.crossings).toBe(0);
    const positions = byId(result);
    expect(positions.get("a")!.y < positions.get("b")!.y).toBe(positions.get("c")!.y < positions.get("d")!.y);
  });

  it("centres a single child between its two parents", () => {
    const nodes = ["p", "q", "child"].map((id) => box(id));
    const result = layoutGraph(nodes, [
      { source: "p", target: "child" },
      { source: "q", target: "child" },
    ]);
    const positions = byId(result);
    expect(positions.get("child")!.y).toBeCloseTo((positions.get("p")!.y + positions.get("q")!.y) / 2, 6);
  });

  it("answers an empty layout for no nodes", () => {
    expect(layoutGraph([], [])).toMatchObject({ positions: [], width: 0, height: 0, layerCount: 0 });
  });
});
