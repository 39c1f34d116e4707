import { describe, expect, it } from "vitest";
import { formatZonedDateTime, zonedFormatter } from "./zoned-formatters";

describe("formatZonedDateTime", () => {
  it("writes the wall-clock time of the zone, 24-hour and zero-padded", () => {
    expect(formatZonedDateTime("2026-11-23T19:05:09Z", "Asia/Shanghai")).toBe("2026-11-24 03:05:09");
    expect(formatZonedDateTime("2026-07-01T00:00:00Z", "America/New_York")).toBe("2026-06-30 20:00:00");
    expect(formatZonedDateTime("2026-01-01T00:00:00Z", "UTC")).toBe("2026-01-01 00:00:00");
  });

  it("writes midnight as 00, not 24", () => {
    expect(formatZonedDateTime("2026-11-23T16:00:00.000Z", "Asia/Shanghai")).toBe("2026-11-24 00:00:00");
  });

  it("returns what it cannot read unchanged", () => {
    expect(formatZonedDateTime("not a time", "UTC")).toBe("not a time");
  });
});

describe("zonedFormatter", () => {
  it("reuses one formatter per locale, zone and options", () => {
    const options = { hour: "2-digit", minute: "2-digit" } as const;
    expect(zonedFormatter("en-CA", "UTC", options)).toBe(zonedFormatter("en-CA", "UTC", { ...options }));
    expect(zonedFormatter("en-CA", "UTC", options)).not.toBe(zonedFormatter("en-CA", "Asia/Shanghai", options));
  });
});
