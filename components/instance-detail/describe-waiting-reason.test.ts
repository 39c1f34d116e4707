import { describe, expect, it } from "vitest";
import { describeWaitingReason } from "./describe-waiting-reason";

describe("describeWaitingReason", () => {
  it("names the cycle time in the workspace's zone", () => {
    expect(describeWaitingReason({ kind: "cycle-time", cycTime: "2026-11-23T22:10:00.000Z" }, "Asia/Shanghai")).toBe("Waiting for its cycle time 2026-11-24 06:10:00 Asia/Shanghai.");
  });

  it("counts the upstream blockers out of the parents", () => {
    const blocker = { instanceId: "1", nodeId: "2", nodeName: "ods_a", status: "FAILURE" as const, isSuspended: false };
    expect(describeWaitingReason({ kind: "upstream", blockers: [blocker], moreCount: 1, parentCount: 3 }, "UTC")).toBe("Waiting for 2 upstream instances of 3:");
  });

  it("names the resource group and who suspended", () => {
    expect(describeWaitingReason({ kind: "resource", resourceGroup: "rg_etl", since: null }, "UTC")).toBe("Waiting for a free slot in rg_etl.");
    expect(describeWaitingReason({ kind: "suspended", by: "alice", at: "2026-11-24T01:00:00.000Z", reason: "late source" }, "UTC")).toContain("Suspended by alice at 2026-11-24 01:00:00 UTC: “late source”.");
  });
});
