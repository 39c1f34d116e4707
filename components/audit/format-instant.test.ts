import { describe, expect, it } from "vitest";
import { fromLocalInputValue, toLocalInputValue } from "./format-instant";

describe("datetime-local values", () => {
  it("round-trips a wall-clock time in a zone", () => {
    expect(toLocalInputValue("2026-11-23T19:05:00.000Z", "Asia/Shanghai")).toBe("2026-11-24T03:05");
    expect(fromLocalInputValue("2026-11-24T03:05", "Asia/Shanghai")).toBe("2026-11-23T19:05:00.000Z");
  });

  it("handles a zone with daylight saving on both sides of the change", () => {
    expect(fromLocalInputValue("2026-07-01T12:00", "Europe/Berlin")).toBe("2026-07-01T10:00:00.000Z");
    expect(fromLocalInputValue("2026-12-01T12:00", "Europe/Berlin")).toBe("2026-12-01T11:00:00.000Z");
  });

  it("refuses a malformed value", () => {
    expect(fromLocalInputValue("2026-07-01 12:00", "UTC")).toBeUndefined();
  });
});
