import { describe, expect, it } from "vitest";
import { toDayRange } from "./topic-range";

const NOW = Date.parse("2024-05-27T01:30:00+08:00");

describe("toDayRange", () => {
  it("defaults to the last days ending today in the zone, as local midnights", () => {
    expect(toDayRange({ now: NOW, timezone: "Asia/Shanghai", defaultDays: 7, maxDays: 31 })).toEqual({
      from: "2024-05-21",
      to: "2024-05-27",
      beginTime: "2024-05-21T00:00:00+0800",
      endTime: "2024-05-28T00:00:00+0800",
    });
  });

  it("moves the start up when the range is too long", () => {
    expect(toDayRange({ from: "2024-01-01", to: "2024-05-27", now: NOW, timezone: "UTC", defaultDays: 3, maxDays: 30 }).from).toBe("2024-04-28");
  });
});
