import { describe, expect, it } from "vitest";
import { formatInstant } from "./format-instant";

describe("formatInstant", () => {
  it("writes the instant in the given zone as YYYY-MM-DD HH:mm:ss", () => {
    expect(formatInstant("2026-11-23T17:05:09.000Z", "Asia/Shanghai")).toBe("2026-11-24 01:05:09");
    expect(formatInstant("2026-11-23T17:05:09.000Z", "UTC")).toBe("2026-11-23 17:05:09");
  });
  it("writes midnight as 00, not 24", () => {
    expect(formatInstant("2026-11-23T16:00:00.000Z", "Asia/Shanghai")).toBe("2026-11-24 00:00:00");
  });
});
