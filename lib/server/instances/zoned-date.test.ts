import { describe, expect, it } from "vitest";
import { addDays, currentBizdate, dateInZone, isKnownTimeZone, toZonedMidnightText, utcOffsetAt } from "./zoned-date";

describe("zoned dates", () => {
  it("reads an epoch as the calendar date of the zone, not of UTC", () => {
    // 2024-05-26 16:00 UTC is already the 27th in Shanghai and still the 26th in New York.
    const instant = Date.UTC(2024, 4, 26, 16, 0);
    expect(dateInZone(instant, "Asia/Shanghai")).toBe("2024-05-27");
    expect(dateInZone(instant, "America/New_York")).toBe("2024-05-26");
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-01", -14)).toBe("2024-12-18");
  });

  it("takes the current business date as the day before today in the zone", () => {
    // 2024-05-27 10:30 in Shanghai.
    expect(currentBizdate(Date.UTC(2024, 4, 27, 2, 30), "Asia/Shanghai")).toBe("2024-05-26");
    // 2024-05-27 00:30 in Shanghai is still 2024-05-26 in UTC.
    expect(currentBizdate(Date.UTC(2024, 4, 26, 16, 30), "Asia/Shanghai")).toBe("2024-05-26");
    expect(currentBizdate(Date.UTC(2024, 4, 26, 16, 30), "UTC")).toBe("2024-05-25");
  });

  it("writes the zone's offset, following daylight saving", () => {
    expect(utcOffsetAt(Date.UTC(2024, 0, 15), "Asia/Shanghai")).toBe("+0800");
    expect(utcOffsetAt(Date.UTC(2024, 0, 15), "America/New_York")).toBe("-0500");
    expect(utcOffsetAt(Date.UTC(2024, 6, 15), "America/New_York")).toBe("-0400");
    expect(toZonedMidnightText("2024-05-26", "Asia/Kolkata")).toBe("2024-05-26T00:00:00+0530");
    expect(toZonedMidnightText("2024-05-26", "UTC")).toBe("2024-05-26T00:00:00+0000");
  });

  it("tells known zones from garbage", () => {
    expect(isKnownTimeZone("Europe/Berlin")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("dateInZone, asked again", () => {
  it("answers the same instant per zone, not from another zone's answer", () => {
    const instant = Date.UTC(2026, 10, 23, 17, 0); // 01:00 on the 24th in Shanghai, 17:00 on the 23rd in UTC
    expect(dateInZone(instant, "Asia/Shanghai")).toBe("2026-11-24");
    expect(dateInZone(instant, "UTC")).toBe("2026-11-23");
    expect(dateInZone(instant, "Asia/Shanghai")).toBe("2026-11-24");
  });
});
