import { describe, expect, it } from "vitest";
import { formatZoneLabel, formatZoneOffset } from "./zone-label";

describe("formatZoneLabel", () => {
  it("labels Shanghai as UTC+8", () => {
    expect(formatZoneLabel("Asia/Shanghai", new Date("2026-11-23T00:00:00Z"))).toBe("Asia/Shanghai (UTC+8)");
  });
  it("follows daylight saving", () => {
    expect(formatZoneOffset("Europe/Berlin", new Date("2026-01-15T12:00:00Z"))).toBe("UTC+1");
    expect(formatZoneOffset("Europe/Berlin", new Date("2026-07-15T12:00:00Z"))).toBe("UTC+2");
  });
  it("writes half-hour offsets and UTC itself", () => {
    expect(formatZoneOffset("Asia/Kolkata", new Date("2026-01-15T12:00:00Z"))).toBe("UTC+5:30");
    expect(formatZoneOffset("UTC", new Date("2026-01-15T12:00:00Z"))).toBe("UTC");
  });
  it("does not throw for an unknown zone", () => {
    expect(formatZoneOffset("Nowhere/Land", new Date())).toBe("UTC");
  });
});
