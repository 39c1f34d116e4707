import { describe, expect, it } from "vitest";
import { addNodes, checkBackfillForm, type TBackfillForm } from "./backfill-form";

const node = (nodeId: string) => ({ nodeId, name: `n${nodeId}`, owner: "", programType: "SHELL", schedulerType: "NORMAL", cronExpress: "00 00 01 * * ?" });

const form = (overrides: Partial<TBackfillForm> = {}): TBackfillForm => ({
  name: "refill",
  rootNodeId: "1",
  nodes: [node("1"), node("2"), node("3")],
  dryRunNodeIds: new Set(["3"]),
  startBizdate: "2026-11-01",
  endBizdate: "2026-11-03",
  windowStart: "",
  windowEnd: "",
  isParallel: false,
  ...overrides,
});

describe("checkBackfillForm", () => {
  it("runs the chosen nodes and dry-runs the marked ones", () => {
    const check = checkBackfillForm(form());
    expect(check.body).toMatchObject({ rootNodeId: "1", includeNodeIds: ["1", "2"], excludeNodeIds: ["3"], windowStart: undefined });
    expect(check.dayCount).toBe(3);
  });

  it("names the field of each problem", () => {
    expect(checkBackfillForm(form({ endBizdate: "2026-10-01" })).problems).toEqual({ endBizdate: "must be on or after the start date" });
    expect(checkBackfillForm(form({ startBizdate: "2025-01-01", endBizdate: "2026-01-02" })).problems.endBizdate).toContain("366");
    expect(checkBackfillForm(form({ dryRunNodeIds: new Set(["1"]) })).problems).toMatchObject({ rootNodeId: expect.any(String) });
    expect(checkBackfillForm(form({ name: " " })).problems).toMatchObject({ name: expect.any(String) });
    expect(checkBackfillForm(form({ windowStart: "12:00", windowEnd: "08:00" })).problems).toMatchObject({ windowEnd: expect.any(String) });
  });

  it("has no body until a root is chosen", () => {
    expect(checkBackfillForm(form({ rootNodeId: null, nodes: [] })).body).toBeNull();
  });
});

describe("addNodes", () => {
  it("adds each node once, in order", () => {
    expect(addNodes([node("1")], [node("2"), node("1"), node("3")]).map((item) => item.nodeId)).toEqual(["1", "2", "3"]);
  });
});
