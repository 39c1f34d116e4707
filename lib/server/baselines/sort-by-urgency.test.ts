import { describe, expect, it } from "vitest";
import type { TBaselineInstanceSummary } from "@/lib/contracts/baselines";
import { sortByUrgency } from "./sort-by-urgency";

type Row = Pick<TBaselineInstanceSummary, "status" | "finishStatus" | "bufferSeconds" | "priority" | "baselineName" | "inGroupId">;
const row = (baselineName: string, status: Row["status"], bufferSeconds: number | null, extra: Partial<Row> = {}): Row => ({
  baselineName,
  status,
  bufferSeconds,
  finishStatus: "UNFINISH",
  priority: 1,
  inGroupId: 1,
  ...extra,
});

describe("sortByUrgency", () => {
  it("puts breached and broken first, then in danger, then safe by smallest buffer", () => {
    const sorted = sortByUrgency([row("safe-wide", "SAFE", 7200), row("danger", "DANGROUS", 300), row("safe-tight", "SAFE", 600), row("over", "OVER", -900), row("error", "ERROR", 1200)]);
    expect(sorted.map((item) => item.baselineName)).toEqual(["over", "error", "danger", "safe-tight", "safe-wide"]);
  });

  it("puts finished instances last whatever their status", () => {
    const sorted = sortByUrgency([row("done-over", "OVER", -60, { finishStatus: "FINISH" }), row("safe", "SAFE", 3600)]);
    expect(sorted.map((item) => item.baselineName)).toEqual(["safe", "done-over"]);
  });

  it("orders unknown buffers after known ones, then by higher priority, then by name and cycle", () => {
    const sorted = sortByUrgency([
      row("unknown", "SAFE", null),
      row("b-low", "SAFE", 100, { priority: 1 }),
      row("a-high", "SAFE", 100, { priority: 8 }),
      row("c", "SAFE", 100, { priority: 1, inGroupId: 2 }),
      row("c", "SAFE", 100, { priority: 1, inGroupId: 1 }),
    ]);
    expect(sorted.map((item) => `${item.baselineName}#${item.inGroupId}`)).toEqual(["a-high#1", "b-low#1", "c#1", "c#2", "unknown#1"]);
  });

  it("does not change the array it was given", () => {
    const input = [row("safe", "SAFE", 10), row("over", "OVER", 0)];
    sortByUrgency(input);
    expect(input[0]?.baselineName).toBe("safe");
  });
});
