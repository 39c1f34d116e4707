import { describe, expect, it } from "vitest";
import { formatLocalInstant } from "./format-local-instant";

describe("formatLocalInstant", () => {
  it("writes the instant in the zone without repeating the zone", () => {
    expect(formatLocalInstant("2026-11-23T22:10:00.000Z", "Asia/Shanghai")).toBe("2026-11-24 06:10:00");
  });

  it("writes a dash for no instant", () => {
    expect(formatLocalInstant(null, "UTC")).toBe("—");
  });
});
