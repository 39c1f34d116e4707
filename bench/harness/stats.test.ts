import { describe, expect, it } from "vitest";
import { median, percentile, summarize } from "./stats";

describe("percentile", () => {
  it("returns a sample that happened (nearest rank, no interpolation)", () => {
    const samples = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 90)).toBe(9);
  });

  it("refuses an empty list", () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("sorts before ranking and reports the extremes", () => {
    const summary = summarize([9, 1, 5, 3, 7]);
    expect(summary).toMatchObject({ count: 5, p50: 5, p95: 9, p99: 9, min: 1, max: 9, mean: 5 });
  });

  it("takes the median of repeated runs", () => {
    expect(median([3.2, 1.1, 2.5])).toBe(2.5);
  });
});
