import { describe, expect, it } from "vitest";
import { planCascade, type CascadeCandidate } from "./cascade";

const NOW = 1_000;

function candidate(id: number, overrides: Partial<CascadeCandidate> = {}): CascadeCandidate {
  return { id: BigInt(id), dagId: 1n, pendingParents: 1, dueTime: NOW, isSuspended: false, taskType: "NORMAL", isVirtual: true, depth: 1, ...overrides };
}

describe("planCascade", () => {
  it("settles a chain of virtual instances in one plan, parents before children", () => {
    const plan = planCascade({
      candidates: [candidate(3, { depth: 2 }), candidate(2), candidate(4, { depth: 3 })],
      parentsOf: new Map([
        [2n, [1n]],
        [3n, [2n]],
        [4n, [3n]],
      ]),
      parentStatus: new Map([[1n, "SUCCESS"]]),
      now: NOW,
      maxDepth: 64,
    });
    expect([...plan.outcomes]).toEqual([
      [2n, "SUCCESS"],
      [3n, "SUCCESS"],
      [4n, "SUCCESS"],
    ]);
    expect(plan.frontier).toEqual([]);
  });

  it("holds a child while another parent is unfinished, and records its new pending count", () => {
    const plan = planCascade({
      candidates: [candidate(2), candidate(3, { pendingParents: 2 })],
      parentsOf: new Map([
        [2n, [1n]],
        [3n, [2n, 9n]],
      ]),
      parentStatus: new Map([
        [1n, "SUCCESS"],
        [9n, "RUNNING"],
      ]),
      now: NOW,
      maxDepth: 64,
    });
    expect(plan.outcomes.get(2n)).toBe("SUCCESS");
    expect(plan.outcomes.has(3n)).toBe(false);
    expect(plan.pending.get(3n)).toBe(1);
  });

  it("gives released instances their scheduling-start outcome, or leaves them waiting for time or while suspended", () => {
    const plan = planCascade({
      candidates: [
        candidate(2, { isVirtual: false }),
        candidate(3, { taskType: "PAUSE" }),
        candidate(4, { isVirtual: false, taskType: "SKIP" }),
        candidate(5, { dueTime: NOW + 1 }),
        candidate(6, { isSuspended: true }),
        candidate(7, { depth: 2 }),
      ],
      parentsOf: new Map([
        [2n, [1n]],
        [3n, [1n]],
        [4n, [1n]],
        [5n, [1n]],
        [6n, [1n]],
        [7n, [3n]],
      ]),
      parentStatus: new Map([[1n, "SUCCESS"]]),
      now: NOW,
      maxDepth: 64,
    });
    expect(Object.fromEntries([...plan.outcomes].map(([id, outcome]) => [String(id), outcome]))).toEqual({
      "2": "WAIT_RESOURCE",
      "3": "FAILURE",
      "4": "SUCCESS",
      "5": "WAIT_TIME",
      "6": "WAIT_TIME",
    });
    expect(plan.pending.size).toBe(0);
  });

  it("hands back the successes at the depth limit, whose children were not looked at", () => {
    const plan = planCascade({
      candidates: [candidate(2), candidate(3, { depth: 2 })],
      parentsOf: new Map([
        [2n, [1n]],
        [3n, [2n]],
      ]),
      parentStatus: new Map([[1n, "SUCCESS"]]),
      now: NOW,
      maxDepth: 2,
    });
    expect(plan.frontier).toEqual([3n]);
  });
});
