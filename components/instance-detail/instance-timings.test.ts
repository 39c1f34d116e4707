import { describe, expect, it } from "vitest";
import { instanceTimings, timelineShares } from "./instance-timings";

const at = (minute: number) => `2026-11-24T01:${String(minute).padStart(2, "0")}:00.000Z`;
const now = Date.parse(at(50));

describe("instanceTimings", () => {
  it("splits a finished instance into its three phases", () => {
    const segments = instanceTimings({ status: "SUCCESS", beginWaitTimeTime: at(0), beginWaitResTime: at(10), beginRunningTime: at(15), finishTime: at(45) }, now);
    expect(segments.map((segment) => [segment.phase, (segment.endMs - segment.startMs) / 60_000, segment.isOngoing])).toEqual([
      ["waitingForTime", 10, false],
      ["waitingForResources", 5, false],
      ["running", 30, false],
    ]);
  });

  it("runs the current phase up to now", () => {
    const segments = instanceTimings({ status: "RUNNING", beginWaitTimeTime: at(0), beginWaitResTime: at(10), beginRunningTime: at(20), finishTime: null }, now);
    expect(segments.at(-1)).toMatchObject({ phase: "running", endMs: now, isOngoing: true });
  });

  it("shows only the wait for a slot of an instance still queued", () => {
    const segments = instanceTimings({ status: "WAIT_RESOURCE", beginWaitTimeTime: null, beginWaitResTime: at(30), beginRunningTime: null, finishTime: null }, now);
    expect(segments).toEqual([{ phase: "waitingForResources", startMs: Date.parse(at(30)), endMs: now, isOngoing: true }]);
  });

  it("ends a wait at the finish of an instance stopped before it ran", () => {
    const segments = instanceTimings({ status: "FAILURE", beginWaitTimeTime: at(0), beginWaitResTime: null, beginRunningTime: null, finishTime: at(5) }, now);
    expect(segments).toEqual([{ phase: "waitingForTime", startMs: Date.parse(at(0)), endMs: Date.parse(at(5)), isOngoing: false }]);
  });

  it("has no phases before the instance began waiting", () => {
    expect(instanceTimings({ status: "NOT_RUN", beginWaitTimeTime: null, beginWaitResTime: null, beginRunningTime: null, finishTime: null }, now)).toEqual([]);
  });
});

describe("timelineShares", () => {
  it("gives each phase its share, with a sliver for a short one", () => {
    const shares = timelineShares([
      { phase: "waitingForTime", startMs: 0, endMs: 1_000, isOngoing: false },
      { phase: "running", startMs: 1_000, endMs: 1_000_000, isOngoing: false },
    ]);
    expect(shares[0]?.percent).toBe(2);
    expect(shares[1]?.percent).toBeCloseTo(99.9, 1);
  });
});
