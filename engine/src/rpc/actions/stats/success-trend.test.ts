import { describe, expect, it } from "vitest";
import { averageCurves, elapsedHourCount, hourEndsOf, timePointOf, toCumulativeTrend, toTrendWire } from "./success-trend";

describe("hourEndsOf", () => {
  it("gives the 24 ends of the run date's local hours", () => {
    const ends = hourEndsOf("2024-05-26", "Asia/Shanghai");
    expect(ends).toHaveLength(24);
    expect(ends[0]).toBe(Date.UTC(2024, 4, 25, 17, 0, 0)); // 01:00 +08:00
    expect(ends[23]).toBe(Date.UTC(2024, 4, 26, 16, 0, 0)); // next midnight +08:00
  });

  it("collapses the hour a spring-forward day skips", () => {
    const ends = hourEndsOf("2024-03-31", "Europe/Berlin");
    // 02:00 does not exist that day: the end of hour 1 and of hour 2 are the same instant (03:00 CEST).
    expect(ends[1]).toBe(ends[2]);
    expect(ends[23]! - ends[0]!).toBe(22 * 3_600_000);
  });
});

describe("toCumulativeTrend", () => {
  it("accumulates hourly buckets and leaves out what finished after the day", () => {
    const buckets = [2, 0, 3, ...new Array<number>(21).fill(1), 50];
    const curve = toCumulativeTrend(buckets);
    expect(curve.slice(0, 4)).toEqual([2, 2, 5, 6]);
    expect(curve[23]).toBe(26);
  });

  it("stops at the requested number of points", () => {
    expect(toCumulativeTrend([1, 1, 1, 1], 3)).toEqual([1, 2, 3]);
  });
});

describe("averageCurves", () => {
  it("averages point by point and rounds", () => {
    const average = averageCurves([new Array<number>(24).fill(1), new Array<number>(24).fill(2)]);
    expect(average[0]).toBe(2); // 1.5 rounds half up
    expect(average).toHaveLength(24);
  });

  it("is all zeros without history", () => {
    expect(averageCurves([])).toEqual(new Array<number>(24).fill(0));
  });
});

describe("trend wire", () => {
  it("labels points with whole hours", () => {
    expect(timePointOf(0)).toBe("00:00");
    expect(timePointOf(23)).toBe("23:00");
    expect(toTrendWire([4, 5])).toEqual([
      { TimePoint: "00:00", Count: 4 },
      { TimePoint: "01:00", Count: 5 },
    ]);
  });

  it("counts the hour under way as begun", () => {
    const ends = hourEndsOf("2024-05-26", "UTC");
    expect(elapsedHourCount(ends, Date.UTC(2024, 4, 26, 0, 10))).toBe(1);
    expect(elapsedHourCount(ends, Date.UTC(2024, 4, 26, 13, 0))).toBe(14);
    expect(elapsedHourCount(ends, Date.UTC(2024, 4, 28))).toBe(24);
  });
});
