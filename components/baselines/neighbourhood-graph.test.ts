import { describe, expect, it } from "vitest";
import type { TKeyPathEntry, TKeyPathNeighbourhood } from "@/lib/contracts/baselines";
import { canvasHeightFor, graphSignature, toNeighbourhoodGraph } from "./neighbourhood-graph";

const ZONE = "Asia/Shanghai";

function entry(instanceId: string, nodeName: string): TKeyPathEntry {
  return {
    instanceId,
    nodeId: `9${instanceId}`,
    nodeName,
    owner: "",
    programType: null,
    inGroupId: 1,
    status: "NOT_RUN",
    cycTime: null,
    beginWaitTimeTime: null,
    beginWaitResTime: null,
    beginRunningTime: null,
    finishTime: null,
    beginCast: "2024-05-26T21:00:00Z",
    endCast: "2024-05-26T21:10:00Z",
    absTime: null,
    usualDurationSeconds: null,
    topics: [],
  };
}

const keyPath = [entry("1", "ods_a"), entry("2", "dwd_b")];
const neighbourhood: TKeyPathNeighbourhood = {
  hops: 2,
  keyPathIds: ["1", "2"],
  instances: [
    { instanceId: "1", nodeId: "91", nodeName: "ods_a", status: "SUCCESS", isSuspended: false, cycTime: null, relation: "keyPath", hop: 0 },
    { instanceId: "2", nodeId: "92", nodeName: "dwd_b", status: "RUNNING", isSuspended: false, cycTime: null, relation: "keyPath", hop: 0 },
    { instanceId: "7", nodeId: "97", nodeName: "", status: "FAILURE", isSuspended: false, cycTime: "2024-05-26T16:30:00Z", relation: "upstream", hop: 1 },
    { instanceId: "8", nodeId: "98", nodeName: "ads_c", status: "NOT_RUN", isSuspended: true, cycTime: null, relation: "downstream", hop: 2 },
  ],
  edges: [
    { parentId: "1", childId: "2", isOnKeyPath: true },
    { parentId: "7", childId: "2", isOnKeyPath: false },
    { parentId: "2", childId: "8", isOnKeyPath: false },
  ],
  totalCount: 4,
  perSideLimit: 12,
  isTotalAtLeast: false,
  unreadCount: 0,
  source: "instance-edges",
  timezone: ZONE,
};

describe("toNeighbourhoodGraph", () => {
  it("draws the key path in full with its predicted window, the blocking one outlined, and neighbours faded", () => {
    const graph = toNeighbourhoodGraph(neighbourhood, { keyPath, blockInstanceId: "2", timezone: ZONE });
    expect(graph.nodes.map((node) => [node.instanceId, node.isCenter, node.isDimmed])).toEqual([
      ["1", false, false],
      ["2", true, false],
      ["7", false, true],
      ["8", false, true],
    ]);
    // The key path's own entry (read every 5 s) says NOT_RUN; the neighbourhood (every 30 s) still said RUNNING.
    expect(graph.nodes[1]).toMatchObject({ title: "dwd_b", subtitle: "05:00–05:10", status: "NOT_RUN" });
    expect(graph.nodes[2]).toMatchObject({ title: "7", subtitle: "upstream · 00:30", status: "FAILURE" });
    expect(graph.nodes[3]).toMatchObject({ subtitle: "downstream · 2 hops", isSuspended: true });
  });

  it("emphasises only the key path's own edges", () => {
    const graph = toNeighbourhoodGraph(neighbourhood, { keyPath, blockInstanceId: null, timezone: ZONE });
    expect(graph.edges).toHaveLength(3);
    expect(graph.edges.filter((edge) => edge.isEmphasised).map((edge) => `${edge.source}>${edge.target}`)).toEqual(["1>2"]);
  });

  it("draws the key path alone as a chain when there is no neighbourhood", () => {
    const graph = toNeighbourhoodGraph(null, { keyPath, blockInstanceId: "1", timezone: ZONE });
    expect(graph.nodes.map((node) => [node.instanceId, node.isCenter, node.isDimmed])).toEqual([
      ["1", true, false],
      ["2", false, false],
    ]);
    expect(graph.edges).toEqual([{ source: "1", target: "2", isEmphasised: true }]);
  });
});

describe("graphSignature", () => {
  it("stays the same for the same drawing and changes with a status, a subtitle or an edge", () => {
    const context = { keyPath, blockInstanceId: "2", timezone: ZONE };
    const signature = graphSignature(toNeighbourhoodGraph(neighbourhood, context));
    expect(graphSignature(toNeighbourhoodGraph(structuredClone(neighbourhood), { ...context, keyPath: structuredClone(keyPath) }))).toBe(signature);
    const failed = { ...neighbourhood, instances: neighbourhood.instances.map((instance) => (instance.instanceId === "8" ? { ...instance, status: "FAILURE" } : instance)) };
    expect(graphSignature(toNeighbourhoodGraph(failed, context))).not.toBe(signature);
    const later = [entry("1", "ods_a"), { ...entry("2", "dwd_b"), endCast: "2024-05-26T21:20:00Z" }];
    expect(graphSignature(toNeighbourhoodGraph(neighbourhood, { ...context, keyPath: later }))).not.toBe(signature);
    expect(graphSignature(toNeighbourhoodGraph({ ...neighbourhood, edges: neighbourhood.edges.slice(1) }, context))).not.toBe(signature);
    const rerouted = { ...neighbourhood, edges: neighbourhood.edges.map((edge) => ({ ...edge, isOnKeyPath: !edge.isOnKeyPath })) };
    expect(graphSignature(toNeighbourhoodGraph(rerouted, context))).not.toBe(signature);
  });

  it("gives a larger graph more room, up to 600 px", () => {
    expect([2, 30, 600].map(canvasHeightFor)).toEqual([320, 460, 600]);
  });
});
