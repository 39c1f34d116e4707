import { describe, expect, it } from "vitest";
import type { TBaselineInstanceDetail, TKeyPathEntry } from "@/lib/contracts/baselines";
import { describeBaselineInstance } from "./describe-baseline";

const TZ = "Asia/Shanghai";
const at = (clock: string) => `2024-05-27T${clock}:00+08:00`;
const iso = (clock: string) => new Date(at(clock)).toISOString();

function entry(overrides: Partial<TKeyPathEntry>): TKeyPathEntry {
  return {
    instanceId: "7",
    nodeId: "3",
    nodeName: "dws_trade_daily",
    owner: "alice",
    programType: 6,
    inGroupId: 1,
    status: "RUNNING",
    cycTime: null,
    beginWaitTimeTime: null,
    beginWaitResTime: null,
    beginRunningTime: iso("05:18"),
    finishTime: null,
    beginCast: iso("05:18"),
    endCast: iso("05:42"),
    absTime: iso("05:27"),
    usualDurationSeconds: 540,
    topics: [],
    ...overrides,
  };
}

function detail(overrides: { baseline?: Partial<TBaselineInstanceDetail["baseline"]>; keyPath?: TKeyPathEntry[]; block?: boolean } = {}): TBaselineInstanceDetail {
  const keyPath = overrides.keyPath ?? [entry({})];
  return {
    baseline: {
      baselineId: "1",
      baselineName: "finance_report",
      projectId: "10000",
      bizdate: "2024-05-26",
      inGroupId: 1,
      owner: "alice",
      priority: 8,
      status: "SAFE",
      finishStatus: "UNFINISH",
      slaTime: iso("06:00"),
      expTime: iso("05:30"),
      endCast: iso("05:42"),
      finishTime: null,
      bufferSeconds: 1080,
      ...overrides.baseline,
    },
    blockInstance: overrides.block === false ? null : { instanceId: "7", nodeId: "3", nodeName: "dws_trade_daily", owner: "alice", status: keyPath[0]?.status ?? "RUNNING", endCast: iso("05:42"), finishTime: null },
    lastInstance: null,
    keyPath,
    timezone: TZ,
  };
}

describe("describeBaselineInstance", () => {
  it("says the prediction against the commitment and what blocks it, with its usual run time", () => {
    expect(describeBaselineInstance(detail(), Date.parse(at("05:30")))).toBe("predicted 05:42, 18 min before the 06:00 commitment; blocked by dws_trade_daily (running 12 min, usually 9)");
  });

  it("says how late a prediction past the commitment is", () => {
    expect(describeBaselineInstance(detail({ baseline: { endCast: iso("06:25") }, block: false }), Date.parse(at("05:30")))).toBe("predicted 06:25, 25 min after the 06:00 commitment");
  });

  it("names a failed blocking instance and when it failed", () => {
    const failed = entry({ status: "FAILURE", finishTime: iso("05:20") });
    expect(describeBaselineInstance(detail({ keyPath: [failed] }), Date.parse(at("05:30")))).toBe("predicted 05:42, 18 min before the 06:00 commitment; blocked by dws_trade_daily (failed at 05:20)");
  });

  it("names a blocking instance that has not started and when it should", () => {
    const waiting = entry({ status: "WAIT_TIME", beginRunningTime: null, beginCast: iso("05:35") });
    expect(describeBaselineInstance(detail({ keyPath: [waiting] }), Date.parse(at("05:30")))).toContain("blocked by dws_trade_daily (not started, predicted to start 05:35)");
  });

  it("does not call a finished instance blocking", () => {
    expect(describeBaselineInstance(detail({ keyPath: [entry({ status: "SUCCESS", finishTime: iso("05:20") })] }), Date.parse(at("05:30")))).toBe("predicted 05:42, 18 min before the 06:00 commitment");
  });

  it("says when a finished baseline finished", () => {
    expect(describeBaselineInstance(detail({ baseline: { finishStatus: "FINISH", finishTime: iso("05:10") } }), Date.parse(at("05:30")))).toBe("finished 05:10, 50 min before the 06:00 commitment");
  });

  it("says so when there is no prediction yet", () => {
    expect(describeBaselineInstance(detail({ baseline: { endCast: null }, block: false }), Date.parse(at("05:30")))).toBe("no prediction yet");
  });
});
