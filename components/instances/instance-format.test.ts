import { describe, expect, it } from "vitest";
import { formatDuration, formatInstanceTime, formatInstantWithZone, runDateOf } from "./instance-format";

describe("instance formatting", () => {
  it("shows times in the workspace's zone, 24-hour", () => {
    expect(formatInstanceTime("2026-11-23T16:05:09.000Z", "Asia/Shanghai")).toBe("11-24 00:05:09");
    expect(formatInstanceTime("2026-11-23T16:05:09.000Z", "UTC")).toBe("11-23 16:05:09");
    expect(formatInstanceTime(null, "UTC")).toBe("—");
    expect(formatInstanceTime("2026-11-23T16:05:09.000Z", "UTC", { withSeconds: false })).toBe("11-23 16:05");
    expect(formatInstanceTime("2026-11-23T16:05:09.000Z", "Asia/Shanghai", { withSeconds: false, omitDateOn: "2026-11-24" })).toBe("00:05");
    expect(formatInstanceTime("2026-11-23T16:05:09.000Z", "Asia/Shanghai", { withSeconds: false, omitDateOn: runDateOf("2026-11-22") })).toBe("11-24 00:05");
    expect(runDateOf("2026-12-31")).toBe("2027-01-01");
    expect(formatInstantWithZone("2026-11-23T16:05:09.000Z", "Asia/Shanghai")).toBe("2026-11-24 00:05:09 Asia/Shanghai");
  });

  it("leaves out only the run date itself, not the same day of another year", () => {
    expect(formatInstanceTime("2025-11-24T01:00:00.000Z", "UTC", { withSeconds: false, omitDateOn: "2026-11-24" })).toBe("11-24 01:00");
    expect(formatInstanceTime("2026-11-24T01:00:00.000Z", "UTC", { withSeconds: false, omitDateOn: "2026-11-24" })).toBe("01:00");
  });

  it("keeps one instant's parts apart per zone (the parts are remembered)", () => {
    const instant = "2026-12-31T20:30:15.000Z";
    expect(formatInstantWithZone(instant, "UTC")).toBe("2026-12-31 20:30:15 UTC");
    expect(formatInstantWithZone(instant, "Asia/Shanghai")).toBe("2027-01-01 04:30:15 Asia/Shanghai");
    expect(formatInstantWithZone(instant, "UTC")).toBe("2026-12-31 20:30:15 UTC");
    expect(formatInstanceTime(instant, "America/Los_Angeles")).toBe("12-31 12:30:15");
  });

  it("writes durations with at most two units", () => {
    expect(formatDuration(42_000)).toBe("42 s");
    expect(formatDuration(725_000)).toBe("12 min 5 s");
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000 + 7_000)).toBe("3 h 5 min");
    expect(formatDuration(52 * 3_600_000)).toBe("2 d 4 h");
    expect(formatDuration(null)).toBe("—");
  });
});
