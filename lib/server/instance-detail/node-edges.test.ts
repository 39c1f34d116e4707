import { describe, expect, it } from "vitest";
import type { TGraphInstance } from "@/lib/contracts/instance-detail";
import { instanceEdgesFromNodeEdges } from "./node-edges";

const instance = (instanceId: string, nodeId: string, cycTime: string): TGraphInstance => ({
  instanceId,
  nodeId,
  nodeName: `node ${nodeId}`,
  status: "SUCCESS",
  isSuspended: false,
  taskType: "NORMAL",
  bizdate: "2026-11-23",
  cycTime,
  beginRunningTime: null,
  finishTime: null,
  dagId: "9",
});

describe("instanceEdgesFromNodeEdges", () => {
  it("links daily instances along their nodes' dependencies", () => {
    const edges = instanceEdgesFromNodeEdges(
      [instance("1", "a", "2026-11-24T00:10:00Z"), instance("2", "b", "2026-11-24T01:00:00Z"), instance("3", "c", "2026-11-24T02:00:00Z")],
      new Map([["b", ["a"]], ["c", ["a", "b"]]]),
    );
    expect(edges).toEqual([
      { parentId: "1", childId: "2" },
      { parentId: "1", childId: "3" },
      { parentId: "2", childId: "3" },
    ]);
  });

  it("pairs hourly instances of the same cycle, and an hourly child with the latest earlier daily parent", () => {
    const edges = instanceEdgesFromNodeEdges(
      [
        instance("d", "daily", "2026-11-24T00:30:00Z"),
        instance("h0", "hourly", "2026-11-24T00:00:00Z"),
        instance("h1", "hourly", "2026-11-24T01:00:00Z"),
        instance("k0", "hourly-child", "2026-11-24T00:00:00Z"),
        instance("k1", "hourly-child", "2026-11-24T01:00:00Z"),
      ],
      new Map([["hourly-child", ["hourly", "daily"]]]),
    );
    expect(edges).toEqual([
      { parentId: "h0", childId: "k0" },
      { parentId: "d", childId: "k0" },
      { parentId: "h1", childId: "k1" },
      { parentId: "d", childId: "k1" },
    ]);
  });

  it("adds nothing for parents outside the set", () => {
    expect(instanceEdgesFromNodeEdges([instance("1", "a", "2026-11-24T00:00:00Z")], new Map([["a", ["elsewhere"]]]))).toEqual([]);
  });
});
