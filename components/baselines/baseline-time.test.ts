import { describe, expect, it } from "vitest";
import { formatBuffer, formatClock, formatMinutes } from "./baseline-time";

describe("baseline times", () => {
  it("writes buffers with their sign, and no sign on nothing", () => {
    expect(formatBuffer(1080)).toBe("+18 min");
    expect(formatBuffer(-5400)).toBe("−1 h 30 min");
    expect(formatBuffer(-12)).toBe("0 min");
    expect(formatBuffer(null)).toBe("—");
  });

  it("writes minutes and hours", () => {
    expect(formatMinutes(7_200_000)).toBe("2 h");
    expect(formatMinutes(-65 * 60_000)).toBe("1 h 5 min");
  });

  it("writes the clock in the workspace's zone", () => {
    expect(formatClock("2024-05-26T21:42:00.000Z", "Asia/Shanghai")).toBe("05:42");
    expect(formatClock(null, "UTC")).toBe("—");
  });
});
