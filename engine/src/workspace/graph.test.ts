import { describe, expect, it } from "vitest";
import { findDependencyCycles, formatCycle } from "./graph";

const parents = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe("findDependencyCycles", () => {
  it("finds nothing in a diamond", () => {
    expect(findDependencyCycles(parents({ a: [], b: ["a"], c: ["a"], d: ["b", "c"] }))).toEqual([]);
  });

  it("names a three-node cycle from its first name, parent to child", () => {
    // a is the parent of b, b of c, c of a.
    expect(findDependencyCycles(parents({ b: ["a"], c: ["b"], a: ["c"] }))).toEqual([["a", "b", "c", "a"]]);
  });

  it("names one cycle per knot and one per separate knot", () => {
    const cycles = findDependencyCycles(parents({ a: ["b"], b: ["a", "c"], c: ["b"], x: ["y"], y: ["x"], z: ["x"] }));
    expect(cycles.map(formatCycle)).toEqual(["a → b → a", "x → y → x"]);
  });

  it("picks the shortest way back when a knot holds several cycles", () => {
    const cycles = findDependencyCycles(parents({ a: ["d", "b"], b: ["a"], c: ["b"], d: ["c"] }));
    expect(cycles).toEqual([["a", "b", "a"]]);
  });

  it("ignores self-dependencies and unknown parents, which are reported elsewhere", () => {
    expect(findDependencyCycles(parents({ a: ["a", "ghost"], b: ["a"] }))).toEqual([]);
  });

  it("handles a 20,000-node chain closed into one loop without overflowing the stack", () => {
    const size = 20_000;
    const chain: Record<string, string[]> = {};
    for (let index = 0; index < size; index += 1) chain[`n${String(index).padStart(5, "0")}`] = [`n${String((index + size - 1) % size).padStart(5, "0")}`];
    const cycles = findDependencyCycles(parents(chain));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(size + 1);
    expect(cycles[0]?.slice(0, 3)).toEqual(["n00000", "n00001", "n00002"]);
  });
});
