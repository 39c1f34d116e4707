import { describe, expect, it } from "vitest";
import { profileOf, seededRandom, simulateDay, type SimulatedNode } from "./history-simulation";

const HOUR = 3600_000;
const base = Date.UTC(2026, 10, 20, 16); // 00:00 in Asia/Shanghai

function node(id: number, overrides: Partial<SimulatedNode> = {}): SimulatedNode {
  return {
    id: BigInt(id), name: `n${id}`, programType: "SHELL", command: "sleep 10", schedulerType: "NORMAL",
    resourceGroupId: 1n, priority: 1, autoRerunTimes: 0, autoRerunIntervalMs: 30_000, ownerId: "alice", ...overrides,
  };
}

describe("the demo history simulation", () => {
  it("profiles durations from the command's sleeps and flakiness from its exits", () => {
    expect(profileOf(node(1, { command: "echo a; sleep 5; sleep 2.5" }))).toEqual({ baseMs: 7_800, failureRate: 0 });
    expect(profileOf(node(1, { command: "sleep 3; if [ $((RANDOM % 3)) -eq 0 ]; then exit 1; fi" })).failureRate).toBeCloseTo(1 / 3);
    expect(profileOf(node(1, { command: "echo broken >&2; exit 1" })).failureRate).toBe(1);
    expect(profileOf(node(1, { programType: "VIRTUAL", command: "" }))).toEqual({ baseMs: 0, failureRate: 0 });
  });

  it("is reproducible for a seed", () => {
    const a = seededRandom("demo:2026-11-20");
    const b = seededRandom("demo:2026-11-20");
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it("starts a child after its parent finishes and never exceeds a group's slots", () => {
    const nodes = new Map([1, 2, 3, 4].map((id) => [BigInt(id), node(id)]));
    const plan = {
      instances: [1, 2, 3, 4].map((id) => ({ nodeId: BigInt(id), cycTime: base + HOUR, inGroupId: 1, taskType: "NORMAL" as const })),
      edges: [{ parentIndex: 0, childIndex: 3 }],
    };
    const runs = simulateDay({ plan, nodes, slotsByGroup: new Map([[1n, 2]]), bizdate: "2026-11-20", seed: "s" });
    expect(runs.every((run) => run.status === "SUCCESS")).toBe(true);
    expect(runs[3]!.attempts[0]!.startedAt).toBeGreaterThanOrEqual(runs[0]!.finishedAt!);
    const intervals = runs.flatMap((run) => run.attempts.map((attempt) => [attempt.startedAt, attempt.finishedAt] as const));
    for (const [start] of intervals) {
      const concurrent = intervals.filter(([s, f]) => s <= start && start < f).length;
      expect(concurrent).toBeLessThanOrEqual(2);
    }
  });

  it("fails a frozen instance at once and leaves its children not run", () => {
    const nodes = new Map([[1n, node(1)], [2n, node(2)]]);
    const plan = {
      instances: [
        { nodeId: 1n, cycTime: base, inGroupId: 1, taskType: "PAUSE" as const },
        { nodeId: 2n, cycTime: base, inGroupId: 1, taskType: "NORMAL" as const },
      ],
      edges: [{ parentIndex: 0, childIndex: 1 }],
    };
    const runs = simulateDay({ plan, nodes, slotsByGroup: new Map([[1n, 1]]), bizdate: "2026-11-20", seed: "s" });
    expect(runs.map((run) => run.status)).toEqual(["FAILURE", "NOT_RUN"]);
    expect(runs[0]!.attempts).toHaveLength(0);
  });

  it("retries a failing node per its auto-rerun settings, after the interval", () => {
    const nodes = new Map([[1n, node(1, { command: "exit 1", autoRerunTimes: 2, autoRerunIntervalMs: 60_000 })]]);
    const plan = { instances: [{ nodeId: 1n, cycTime: base, inGroupId: 1, taskType: "NORMAL" as const }], edges: [] };
    const [run] = simulateDay({ plan, nodes, slotsByGroup: new Map([[1n, 1]]), bizdate: "2026-11-20", seed: "retry" });
    expect(run!.attempts).toHaveLength(3);
    expect(run!.attempts[1]!.startedAt - run!.attempts[0]!.finishedAt).toBe(60_000);
    expect(run!.rerunsLeft).toBe(0);
  });
});
