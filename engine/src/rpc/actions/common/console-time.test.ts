import { describe, expect, it } from "vitest";
import { formatConsoleTime } from "./console-time";

describe("formatConsoleTime", () => {
  it("writes the tenant APIs' format in the workspace's zone", () => {
    // 2019-12-03 13:12:20 UTC is 21:12:20 in Shanghai.
    expect(formatConsoleTime(Date.UTC(2019, 11, 3, 13, 12, 20), "Asia/Shanghai")).toBe("Dec 3, 2019 9:12:20 PM");
  });

  it("writes the morning with AM and no leading zero on the hour", () => {
    expect(formatConsoleTime(Date.UTC(2021, 2, 17, 1, 9, 32), "UTC")).toBe("Mar 17, 2021 1:09:32 AM");
  });
});
