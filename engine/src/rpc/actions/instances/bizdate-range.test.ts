import { describe, expect, it } from "vitest";
import { intersectNodeIds, toBizdateRange } from "./bizdate-range";

const SHANGHAI = "Asia/Shanghai";
const MAY_25 = 1_590_336_000_000; // 2020-05-25 00:00 +08:00 (the spec's GetInstance example)
const DAY = 86_400_000;

describe("toBizdateRange", () => {
  it("maps one Bizdate to its local midnight, whatever the time part", () => {
    expect(toBizdateRange({ bizdate: "2020-05-25 13:00:00" }, SHANGHAI)).toEqual({ from: MAY_25, to: MAY_25 });
  });

  it("makes Begin and End an inclusive range", () => {
    expect(toBizdateRange({ begin: "2020-05-25 00:00:00", end: "2020-05-27 00:00:00" }, SHANGHAI)).toEqual({ from: MAY_25, to: MAY_25 + 2 * DAY });
  });

  it("leaves an open end open", () => {
    const range = toBizdateRange({ begin: "2020-05-25 00:00:00" }, SHANGHAI);
    expect(range?.from).toBe(MAY_25);
    expect(range?.to).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("intersects Bizdate with the range, and says when nothing can match", () => {
    expect(toBizdateRange({ bizdate: "2020-05-26 00:00:00", begin: "2020-05-25 00:00:00", end: "2020-05-27 00:00:00" }, SHANGHAI)).toEqual({
      from: MAY_25 + DAY,
      to: MAY_25 + DAY,
    });
    expect(toBizdateRange({ bizdate: "2020-05-28 00:00:00", end: "2020-05-27 00:00:00" }, SHANGHAI)).toBeNull();
  });

  it("is undefined without date filters", () => {
    expect(toBizdateRange({}, SHANGHAI)).toBeUndefined();
  });
});

describe("intersectNodeIds", () => {
  it("keeps NodeId only when the attributes match it too", () => {
    expect(intersectNodeIds(5n, [4n, 5n])).toEqual([5n]);
    expect(intersectNodeIds(6n, [4n, 5n])).toEqual([]);
    expect(intersectNodeIds(6n, undefined)).toEqual([6n]);
    expect(intersectNodeIds(undefined, [4n])).toEqual([4n]);
    expect(intersectNodeIds(undefined, undefined)).toBeUndefined();
  });
});
