import { describe, expect, it } from "vitest";
import { parseCronSchedule } from "@/lib/server/nodes/parse-cron";
import { estimateBackfill } from "./estimate-backfill";

const node = (nodeId: string, cronExpress: string) => ({ nodeId, name: `n${nodeId}`, cronExpress, schedule: parseCronSchedule(cronExpress) });

describe("estimateBackfill", () => {
  it("creates one DAG per business date, both ends included", () => {
    const estimate = estimateBackfill({ startBizdate: "2026-11-01", endBizdate: "2026-11-07", nodes: [node("1", "00 10 01 * * ?")], excludedNodeIds: new Set() });
    expect(estimate).toMatchObject({ dagCount: 7, instanceCount: 7 });
  });

  it("counts every hourly cycle, or only those inside the window", () => {
    const nodes = [node("1", "00 10 01 * * ?"), node("2", "00 05 00-23/1 * * ?")];
    expect(estimateBackfill({ startBizdate: "2026-11-01", endBizdate: "2026-11-02", nodes, excludedNodeIds: new Set() }).instanceCount).toBe(2 * 25);
    const windowed = estimateBackfill({ startBizdate: "2026-11-01", endBizdate: "2026-11-02", windowStart: "08:00", windowEnd: "11:59", nodes, excludedNodeIds: new Set() });
    expect(windowed.instanceCount).toBe(2 * (1 + 4));
    expect(windowed.nodes[1]).toMatchObject({ instancesPerDay: 4 });
  });

  it("marks excluded nodes, whose dry runs still count", () => {
    const estimate = estimateBackfill({ startBizdate: "2026-11-01", endBizdate: "2026-11-01", nodes: [node("1", "00 10 01 * * ?"), node("2", "00 10 02 * * ?")], excludedNodeIds: new Set(["2"]) });
    expect(estimate.nodes.map((item) => item.isExcluded)).toEqual([false, true]);
    expect(estimate.instanceCount).toBe(2);
  });

  it("creates nothing for a range that ends before it starts", () => {
    expect(estimateBackfill({ startBizdate: "2026-11-02", endBizdate: "2026-11-01", nodes: [node("1", "00 10 01 * * ?")], excludedNodeIds: new Set() })).toMatchObject({ dagCount: 0, instanceCount: 0 });
  });
});
