import { describe, expect, it } from "vitest";
import { EDGE_PATCH_SIZE, edgeCurve, INSTANCE_NODE_HEIGHT, INSTANCE_NODE_TYPE, INSTANCE_NODE_WIDTH, toEdgeStrokes, toFlowNodes, type InstanceNodeData } from "./graph-elements";

const data = (instanceId: string, status = "SUCCESS"): InstanceNodeData => ({ instanceId, title: `node ${instanceId}`, subtitle: "", status, isSuspended: false, isCenter: instanceId === "b", isDimmed: false });

describe("toFlowNodes", () => {
  it("places each node at its layout position and selects the centre", () => {
    const nodes = toFlowNodes([data("a"), data("b")], [
      { id: "a", x: 0, y: 10, layer: 0 },
      { id: "b", x: 300, y: 10, layer: 1 },
    ]);
    expect(nodes.map((node) => [node.id, node.type, node.position, node.selected])).toEqual([
      ["a", INSTANCE_NODE_TYPE, { x: 0, y: 10 }, false],
      ["b", INSTANCE_NODE_TYPE, { x: 300, y: 10 }, true],
    ]);
  });

  it("leaves out nodes the layout did not place", () => {
    expect(toFlowNodes([data("a")], [])).toEqual([]);
  });
});

describe("edgeCurve", () => {
  it("leaves the parent to the right and enters the child from the left, control points halfway", () => {
    expect(edgeCurve({ x: 0, y: 10 }, { x: 100, y: 50 })).toBe("M0,10C50,10 50,50 100,50");
  });

  it("loops out and back for an edge that runs backwards", () => {
    expect(edgeCurve({ x: 100, y: 0 }, { x: 0, y: 0 })).toBe("M100,0C162.5,0 -62.5,0 0,0");
  });
});

describe("toEdgeStrokes", () => {
  const node = (id: string, status: string, x: number) => ({ id, position: { x, y: 0 }, data: data(id, status) });
  const nodes = [node("ok", "SUCCESS", 0), node("bad", "FAILURE", 0), node("run", "RUNNING", 0), node("wait", "WAIT_TIME", 0), node("child", "NOT_RUN", 300)];
  const colorOf = (status: string) => `var(--${status})`;
  const middle = INSTANCE_NODE_HEIGHT / 2;

  it("groups edges by look: met plainly, unmet in the parent's colour, dashed unless the parent failed", () => {
    const strokes = toEdgeStrokes(
      [
        { source: "ok", target: "child" },
        { source: "bad", target: "child" },
        { source: "run", target: "child" },
        { source: "wait", target: "child" },
        { source: "ok", target: "child" },
      ],
      nodes,
      colorOf,
    );
    expect(strokes.map((stroke) => [stroke.color, stroke.dash, stroke.paths.join("").split("M").length - 1, stroke.isFaded, stroke.isEmphasised])).toEqual([
      [null, null, 2, false, false],
      ["var(--FAILURE)", null, 1, false, false],
      ["var(--RUNNING)", "4 3", 1, false, false],
      ["var(--WAIT_TIME)", "4 3", 1, false, false],
    ]);
    // From the parent's right middle to the child's left middle, once per edge.
    const one = edgeCurve({ x: INSTANCE_NODE_WIDTH, y: middle }, { x: 300, y: middle });
    expect(strokes[0]!.paths).toEqual([one + one]);
  });

  it("draws emphasised edges bold and last, and fades the others", () => {
    const strokes = toEdgeStrokes(
      [
        { source: "ok", target: "child", isEmphasised: true },
        { source: "bad", target: "child" },
      ],
      nodes,
      colorOf,
    );
    expect(strokes.map((stroke) => [stroke.color, stroke.isEmphasised, stroke.isFaded])).toEqual([
      ["var(--FAILURE)", false, true],
      [null, true, false],
    ]);
  });

  it("puts edges leaving different patches of the graph in different paths", () => {
    const far = { id: "far", position: { x: EDGE_PATCH_SIZE * 3, y: 0 }, data: data("far", "SUCCESS") };
    const strokes = toEdgeStrokes(
      [
        { source: "ok", target: "child" },
        { source: "far", target: "child" },
      ],
      [...nodes, far],
      colorOf,
    );
    expect(strokes).toHaveLength(1);
    expect(strokes[0]!.paths).toHaveLength(2);
  });

  it("drops edges to nodes that are not drawn", () => {
    expect(toEdgeStrokes([{ source: "ok", target: "elsewhere" }], nodes, colorOf)).toEqual([]);
  });
});
