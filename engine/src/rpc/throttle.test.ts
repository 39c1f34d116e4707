import { describe, expect, it } from "vitest";
import { ApiLevelThrottle, TokenBucket } from "./throttle";

const T0 = Date.UTC(2024, 5, 1, 12, 0, 0);

function admitMany(throttle: ApiLevelThrottle, key: string, level: 1 | 2 | 3, count: number, now: number) {
  return Array.from({ length: count }, () => throttle.admit(key, level, now));
}

describe("TokenBucket", () => {
  it("allows a full bucket at once, then refills at its rate", () => {
    const bucket = new TokenBucket(2, 2 / 1000, T0);
    expect([bucket.tryTake(T0), bucket.tryTake(T0), bucket.tryTake(T0)]).toEqual([true, true, false]);
    expect(bucket.tryTake(T0 + 499)).toBe(false);
    expect(bucket.tryTake(T0 + 500)).toBe(true);
  });

  it("does not refill when the clock steps backwards", () => {
    const bucket = new TokenBucket(1, 1 / 1000, T0);
    expect(bucket.tryTake(T0)).toBe(true);
    expect(bucket.tryTake(T0 - 10_000)).toBe(false);
  });
});

describe("ApiLevelThrottle", () => {
  it("allows 50 level-1 calls in a second and refuses the 51st", () => {
    const verdicts = admitMany(new ApiLevelThrottle(), "key", 1, 51, T0);
    expect(verdicts.filter((verdict) => verdict === "allowed")).toHaveLength(50);
    expect(verdicts.at(-1)).toBe("qps-exceeded");
  });

  it("gives level 2 twenty calls a second and level 3 five", () => {
    const throttle = new ApiLevelThrottle();
    expect(admitMany(throttle, "key", 2, 21, T0).filter((verdict) => verdict === "allowed")).toHaveLength(20);
    expect(admitMany(throttle, "key", 3, 6, T0).filter((verdict) => verdict === "allowed")).toHaveLength(5);
  });

  it("counts all APIs of a level together per AccessKey, and each key and level separately", () => {
    const throttle = new ApiLevelThrottle();
    admitMany(throttle, "a", 3, 5, T0);
    expect(throttle.admit("a", 3, T0)).toBe("qps-exceeded");
    expect(throttle.admit("b", 3, T0)).toBe("allowed");
    expect(throttle.admit("a", 2, T0)).toBe("allowed");
  });

  it("allows calls again as the second passes", () => {
    const throttle = new ApiLevelThrottle();
    admitMany(throttle, "key", 3, 5, T0);
    expect(throttle.admit("key", 3, T0 + 100)).toBe("qps-exceeded");
    expect(throttle.admit("key", 3, T0 + 200)).toBe("allowed");
  });

  it("refuses the 10,001st level-3 call of a UTC day and allows calls again the next day", () => {
    const throttle = new ApiLevelThrottle();
    let now = T0;
    for (let call = 0; call < 10_000; call += 1) {
      expect(throttle.admit("key", 3, now)).toBe("allowed");
      now += 200;
    }
    expect(throttle.admit("key", 3, now + 60_000)).toBe("daily-exceeded");
    const nextDay = Date.UTC(2024, 5, 2, 0, 0, 0);
    expect(throttle.admit("key", 3, nextDay)).toBe("allowed");
  });

  it("does not count refused calls against the daily limit", () => {
    const throttle = new ApiLevelThrottle(0.001);
    expect(throttle.admit("key", 3, T0)).toBe("allowed");
    expect(admitMany(throttle, "key", 3, 50, T0)).not.toContain("daily-exceeded");
  });

  it("scales every limit by the multiplier", () => {
    const throttle = new ApiLevelThrottle(2);
    expect(admitMany(throttle, "key", 1, 101, T0).filter((verdict) => verdict === "allowed")).toHaveLength(100);
  });

  it("never refuses when the multiplier is 0", () => {
    expect(admitMany(new ApiLevelThrottle(0), "key", 3, 20_000, T0)).not.toContain("qps-exceeded");
  });

  it("refuses a negative multiplier", () => {
    expect(() => new ApiLevelThrottle(-1)).toThrow(/scale/);
  });
});
