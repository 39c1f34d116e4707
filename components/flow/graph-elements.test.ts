import { describe, expect, it } from "vitest";
import { INSTANCE_NODE_TYPE, toFlowEdges, toFlowNodes, type InstanceNodeData } from "./graph-elements";

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

describe("toFlowEdges", () => {
  const statusOf = new Map([
    ["ok", "SUCCESS"],
    ["bad", "FAILURE"],
    ["run", "RUNNING"],
    ["child", "NOT_RUN"],
  ]);
  const colorOf = (status: string) => `var(--${status})`;

  it("draws met dependencies plainly and unmet ones in the parent's status colour", () => {
    const edges = toFlowEdges(
      [
        { source: "ok", target: "child" },
        { source: "bad", target: "child" },
        { source: "run", target: "child" },
      ],
      statusOf,
      colorOf,
    );
    expect(edges.map((edge) => [edge.id, edge.animated, edge.style])).toEqual([
      ["ok>child", false, undefined],
      ["bad>child", false, { stroke: "var(--FAILURE)", strokeDasharray: undefined }],
      ["run>child", true, { stroke: "var(--RUNNING)", strokeDasharray: "4 3" }],
    ]);
  });

  it("drops edges to nodes that are not drawn", () => {
    expect(toFlowEdges([{ source: "ok", target: "elsewhere" }], statusOf, colorOf)).toEqual([]);
  });
});
