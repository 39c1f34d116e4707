import { describe, expect, it } from "vitest";
import { assignLayers } from "./assign-layers";
import { indexGraph } from "./graph-index";
import { toLayeredGraph } from "./layered-graph";
import { countCrossings, initialOrder, orderLayers } from "./order-layers";

function prepare(ids: string[], edges: [string, string][], maxRoutingPoints = 1_000) {
  const indexed = indexGraph(
    ids.map((id) => ({ id, width: 10, height: 10 })),
    edges.map(([source, target]) => ({ source, target })),
  );
  const layering = assignLayers(indexed);
  const graph = toLayeredGraph(indexed, layering, maxRoutingPoints);
  const sequence = Array.from({ length: graph.vertexCount }, (_, v) => v);
  return { graph, layering, start: initialOrder(graph, sequence) };
}

describe("assignLayers", () => {
  it("puts each node one layer below its deepest parent", () => {
    const { layering } = prepare(["a", "b", "c"], [["a", "b"], ["b", "c"], ["a", "c"]]);
    expect(Array.from(layering.layerOf)).toEqual([0, 1, 2]);
  });

  it("moves a parentless node down to just above its nearest child", () => {
    const { layering } = prepare(["a", "b", "c", "late"], [["a", "b"], ["b", "c"], ["late", "c"]]);
    expect(layering.layerOf[3]).toBe(1);
  });
});

describe("toLayeredGraph", () => {
  it("adds one routing point per layer a long edge crosses", () => {
    const { graph } = prepare(["a", "b", "c", "d"], [["a", "b"], ["b", "c"], ["c", "d"], ["a", "d"]]);
    expect(graph.vertexCount).toBe(6);
    expect(graph.hasRoutingPoints).toBe(true);
  });

  it("keeps long edges direct when they would need too many routing points", () => {
    const { graph } = prepare(["a", "b", "c", "d"], [["a", "b"], ["b", "c"], ["c", "d"], ["a", "d"]], 1);
    expect(graph.vertexCount).toBe(4);
    expect(graph.hasDirectLongEdges).toBe(true);
  });
});

describe("countCrossings and orderLayers", () => {
  it("counts the one crossing of two swapped edges", () => {
    const { graph, start } = prepare(["a", "b", "x", "y"], [["a", "y"], ["b", "x"]]);
    expect(countCrossings(graph, start)).toBe(1);
  });

  it("counts every crossing of a complete bipartite graph K3,3 in input order", () => {
    const top = ["a", "b", "c"];
    const bottom = ["x", "y", "z"];
    const edges = top.flatMap((source) => bottom.map((target): [string, string] => [source, target]));
    const { graph, start } = prepare([...top, ...bottom], edges);
    // Each pair of top nodes crosses on 3 pairs of bottom nodes: 3 pairs × 3 = 9.
    expect(countCrossings(graph, start)).toBe(9);
  });

  it("removes crossings that the barycenter order can remove", () => {
    const { graph, start } = prepare(["a", "b", "c", "x", "y", "z"], [["a", "z"], ["b", "y"], ["c", "x"]]);
    expect(countCrossings(graph, start)).toBe(3);
    expect(orderLayers(graph, start, 4).crossings).toBe(0);
  });
});
