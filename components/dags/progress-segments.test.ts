import { describe, expect, it } from "vitest";
import { elapsedMs, progressSegments } from "./progress-segments";

const counts = { NOT_RUN: 2, WAIT_TIME: 0, WAIT_RESOURCE: 0, RUNNING: 1, CHECKING: 0, CHECKING_CONDITION: 0, FAILURE: 1, SUCCESS: 4 };

describe("progressSegments", () => {
  it("orders the present statuses done first, with their shares", () => {
    expect(progressSegments(counts)).toEqual([
      { status: "SUCCESS", count: 4, percent: 50 },
      { status: "FAILURE", count: 1, percent: 12.5 },
      { status: "RUNNING", count: 1, percent: 12.5 },
      { status: "NOT_RUN", count: 2, percent: 25 },
    ]);
  });

  it("has no segments for an empty DAG", () => {
    expect(progressSegments({ ...counts, NOT_RUN: 0, RUNNING: 0, FAILURE: 0, SUCCESS: 0 })).toEqual([]);
  });
});

describe("elapsedMs", () => {
  it("runs from the first start to the last finish, or to now", () => {
    expect(elapsedMs("2026-11-24T01:00:00Z", "2026-11-24T01:30:00Z", 0)).toBe(30 * 60_000);
    expect(elapsedMs("2026-11-24T01:00:00Z", null, Date.parse("2026-11-24T01:10:00Z"))).toBe(10 * 60_000);
    expect(elapsedMs(null, null, 0)).toBeNull();
  });
});
