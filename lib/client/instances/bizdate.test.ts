import { describe, expect, it } from "vitest";
import { addDays, currentBizdate } from "./bizdate";

describe("business dates in the browser", () => {
  it("is the day before today in the workspace's zone, not the browser's", () => {
    const earlyMorningInShanghai = Date.UTC(2026, 10, 23, 17, 30); // 01:30 on the 24th in Shanghai
    expect(currentBizdate(earlyMorningInShanghai, "Asia/Shanghai")).toBe("2026-11-23");
    expect(currentBizdate(earlyMorningInShanghai, "America/Los_Angeles")).toBe("2026-11-22");
  });

  it("steps across months", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
