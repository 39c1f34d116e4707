import { describe, expect, it } from "vitest";
import { parseBaselineStatus, commitmentOf, expDetailOf } from "./baseline-config";
import { baselineStatusOf, bufferSecondsOf } from "./status-rules";

const base = { now: 100, slaTime: 1_000, expTime: 800, endCast: 500, isFinished: false, hasFailureUpstream: false };

describe("baselineStatusOf", () => {
  it("is SAFE while the predicted finish is at or before the alert time", () => {
    expect(baselineStatusOf({ ...base, endCast: 800 })).toBe("SAFE");
  });
  it("is DANGROUS once the predicted finish passes the alert time", () => {
    expect(baselineStatusOf({ ...base, endCast: 801 })).toBe("DANGROUS");
  });
  it("is ERROR when a failed instance holds the baseline back, before the commitment passes", () => {
    expect(baselineStatusOf({ ...base, endCast: 900, hasFailureUpstream: true })).toBe("ERROR");
  });
  it("is OVER once the commitment passes unfinished, even with a failure", () => {
    expect(baselineStatusOf({ ...base, now: 1_001, endCast: 1_001, hasFailureUpstream: true })).toBe("OVER");
    expect(baselineStatusOf({ ...base, now: 1_000, endCast: 1_000 })).toBe("DANGROUS");
  });
  it("judges a finished baseline instance by its finish time", () => {
    expect(baselineStatusOf({ ...base, now: 5_000, isFinished: true, endCast: 800 })).toBe("SAFE");
    expect(baselineStatusOf({ ...base, now: 5_000, isFinished: true, endCast: 1_000 })).toBe("DANGROUS");
    expect(baselineStatusOf({ ...base, now: 5_000, isFinished: true, endCast: 1_001 })).toBe("OVER");
  });
  it("computes the buffer in whole seconds, negative when late", () => {
    expect(bufferSecondsOf(10_000, 4_000)).toBe(6);
    expect(bufferSecondsOf(10_000, 12_400)).toBe(-2);
  });
});

describe("baseline configuration helpers", () => {
  it("accepts DANGEROUS as an alias of the wire's DANGROUS", () => {
    expect(parseBaselineStatus("DANGEROUS")).toBe("DANGROUS");
    expect(parseBaselineStatus("dangrous")).toBe("DANGROUS");
    expect(parseBaselineStatus("LATE")).toBeNull();
  });
  it("places the commitment on the run date, hours over 23 on the next day, and the alert time a margin before", () => {
    const config = { slaDetail: { "1": "06:30", "2": "25:00" }, alertMarginMinutes: 45 };
    expect(commitmentOf(config, "2024-05-26", 1, "Asia/Shanghai")).toEqual({ slaTime: Date.UTC(2024, 4, 26, 22, 30), expTime: Date.UTC(2024, 4, 26, 21, 45) });
    expect(commitmentOf(config, "2024-05-26", 2, "UTC")?.slaTime).toBe(Date.UTC(2024, 4, 28, 1, 0));
    expect(commitmentOf(config, "2024-05-26", 3, "UTC")).toBeNull();
    expect(expDetailOf(config)).toEqual({ "1": "05:45", "2": "24:15" });
  });
});
