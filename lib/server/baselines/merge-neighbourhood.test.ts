import { describe, expect, it } from "vitest";
import { mergeNeighbourhood, type TDependencyAnswer, type TNeighbourFacts } from "./merge-neighbourhood";

const facts = (id: number, status = "NOT_RUN"): TNeighbourFacts => ({ instanceId: String(id), nodeId: String(1000 + id), nodeName: `n${id}`, status, isSuspended: false, cycTime: null });
const answer = (ids: number[], edges: [number, number][], isTruncated = false): TDependencyAnswer => ({
  centerId: String(ids[0]),
  instances: ids.map((id) => facts(id)),
  edges: edges.map(([parent, child]) => ({ parentId: String(parent), childId: String(child) })),
  isTruncated,
});
const placeOf = (merged: ReturnType<typeof mergeNeighbourhood>) => Object.fromEntries(merged.instances.map((instance) => [instance.instanceId, `${instance.relation}:${instance.hop}`]));

/*
 * Key path 1 → 2 → 3. Parents: 10 → 1, 11 → 2 (and 20 → 11, two hops up). Children: 2 → 12, 3 → 13
 * (and 13 → 21). 14 is a sibling of 2 (a child of 1's parent 10): never a neighbour.
 */
const keyPath = [facts(1), facts(2), facts(3)];
const oneHop = [answer([1, 10, 2], [[10, 1], [1, 2]]), answer([2, 1, 11, 3, 12], [[1, 2], [11, 2], [2, 3], [2, 12]]), answer([3, 2, 13], [[2, 3], [3, 13]])];
const twoHops = [
  answer([1, 10, 2, 3, 12], [[10, 1], [10, 14], [1, 2], [2, 3], [2, 12]]),
  answer([2, 1, 11, 10, 20, 3, 12, 13], [[1, 2], [11, 2], [10, 1], [20, 11], [2, 3], [2, 12], [3, 13]]),
  answer([3, 2, 1, 11, 13, 21], [[2, 3], [1, 2], [11, 2], [3, 13], [13, 21]]),
];

describe("mergeNeighbourhood", () => {
  it("places the key path first, then each neighbour upstream or downstream at one hop", () => {
    const merged = mergeNeighbourhood({ keyPath, answers: oneHop, hops: 1, maxPerSide: 50, maxInstances: 2_000 });
    expect(merged.keyPathIds).toEqual(["1", "2", "3"]);
    expect(merged.instances.map((instance) => instance.instanceId)).toEqual(["1", "2", "3", "10", "11", "12", "13"]);
    expect(placeOf(merged)).toEqual({ 1: "keyPath:0", 2: "keyPath:0", 3: "keyPath:0", 10: "upstream:1", 11: "upstream:1", 12: "downstream:1", 13: "downstream:1" });
    expect(merged.totalCount).toBe(7);
    expect(merged.isTotalAtLeast).toBe(false);
  });

  it("marks the key path's own edges, once each, and keeps the others plain", () => {
    const merged = mergeNeighbourhood({ keyPath, answers: oneHop, hops: 1, maxPerSide: 50, maxInstances: 2_000 });
    const keyed = merged.edges.filter((edge) => edge.isOnKeyPath).map((edge) => `${edge.parentId}>${edge.childId}`);
    expect(keyed).toEqual(["1>2", "2>3"]);
    expect(merged.edges).toHaveLength(6);
    expect(merged.edges.find((edge) => edge.parentId === "11")).toEqual({ parentId: "11", childId: "2", isOnKeyPath: false });
  });

  it("walks parents and children apart at two hops, so a sibling of the path is left out", () => {
    const merged = mergeNeighbourhood({ keyPath, answers: twoHops, hops: 2, maxPerSide: 50, maxInstances: 2_000 });
    expect(placeOf(merged)).toMatchObject({ 20: "upstream:2", 21: "downstream:2", 10: "upstream:1" });
    expect(merged.instances.map((instance) => instance.instanceId)).not.toContain("14");
    expect(merged.instances.map((instance) => instance.instanceId).slice(-2)).toEqual(["20", "21"]);
  });

  it("counts every instance found but answers at most the cap, the key path kept first", () => {
    const merged = mergeNeighbourhood({ keyPath, answers: oneHop, hops: 1, maxPerSide: 50, maxInstances: 5 });
    expect(merged.instances.map((instance) => instance.instanceId)).toEqual(["1", "2", "3", "10", "11"]);
    expect(merged.totalCount).toBe(7);
    expect(merged.edges.every((edge) => !["12", "13"].includes(edge.childId))).toBe(true);
  });

  it("links the key path where no answer was read, and says when an answer was cut", () => {
    const alone = mergeNeighbourhood({ keyPath, answers: [], hops: 1, maxPerSide: 50, maxInstances: 2_000 });
    expect(alone.instances.map((instance) => instance.relation)).toEqual(["keyPath", "keyPath", "keyPath"]);
    expect(alone.edges).toEqual([
      { parentId: "1", childId: "2", isOnKeyPath: true },
      { parentId: "2", childId: "3", isOnKeyPath: true },
    ]);
    const cut = mergeNeighbourhood({ keyPath, answers: [answer([1, 10], [[10, 1]], true)], hops: 1, maxPerSide: 50, maxInstances: 2_000 });
    expect(cut.isTotalAtLeast).toBe(true);
  });

  it("takes an instance's facts from the dependency answers over the key path's entry", () => {
    const suspended = { ...facts(2, "WAIT_TIME"), isSuspended: true };
    const merged = mergeNeighbourhood({ keyPath, answers: [{ centerId: "2", instances: [suspended], edges: [], isTruncated: false }], hops: 1, maxPerSide: 50, maxInstances: 2_000 });
    expect(merged.instances[1]).toMatchObject({ instanceId: "2", status: "WAIT_TIME", isSuspended: true, relation: "keyPath", hop: 0 });
  });

  it("keeps at most maxPerSide parents and children of each key path instance, failed and running first, and counts the rest", () => {
    const statuses: Record<number, string> = { 30: "SUCCESS", 31: "SUCCESS", 32: "FAILURE", 33: "NOT_RUN", 34: "RUNNING" };
    const hub: TDependencyAnswer = {
      centerId: "1",
      instances: [facts(1), facts(40), facts(41), facts(42), ...[30, 31, 32, 33, 34].map((id) => facts(id, statuses[id]))],
      edges: [...[40, 41, 42].map((id) => ({ parentId: String(id), childId: "1" })), ...[30, 31, 32, 33, 34].map((id) => ({ parentId: "1", childId: String(id) }))],
      isTruncated: false,
    };
    const merged = mergeNeighbourhood({ keyPath: [facts(1)], answers: [hub], hops: 1, maxPerSide: 2, maxInstances: 2_000 });
    expect(merged.instances.map((instance) => instance.instanceId)).toEqual(["1", "40", "41", "32", "34"]);
    expect(merged.totalCount).toBe(9);
    expect(merged.edges.map((edge) => `${edge.parentId}>${edge.childId}`)).toEqual(["40>1", "41>1", "1>32", "1>34"]);
  });
});
