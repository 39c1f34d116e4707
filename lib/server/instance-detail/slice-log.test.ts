import { describe, expect, it } from "vitest";
import { sliceLog } from "./slice-log";

describe("sliceLog", () => {
  it("answers the whole log to a page that has nothing", () => {
    expect(sliceLog("a\nb\n", 0)).toEqual({ text: "a\nb\n", from: 0, length: 4, isReset: false, isCutByUpstream: false });
  });

  it("answers only what follows the characters the page holds", () => {
    expect(sliceLog("line 1\nline 2\n", 7)).toEqual({ text: "line 2\n", from: 7, length: 14, isReset: false, isCutByUpstream: false });
    expect(sliceLog("line 1\n", 7)).toMatchObject({ text: "", from: 7, isReset: false });
  });

  it("starts over when the log is shorter than what the page holds", () => {
    expect(sliceLog("new\n", 50)).toEqual({ text: "new\n", from: 0, length: 4, isReset: true, isCutByUpstream: false });
  });

  it("starts over when the upstream cut the log at its start", () => {
    const log = "[log truncated: the last 10 characters follow]\n0123456789";
    expect(sliceLog(log, 20)).toMatchObject({ text: log, from: 0, isReset: true, isCutByUpstream: true });
  });

  it("keeps only the newest whole lines of a log beyond the limit", () => {
    const log = "first line\nsecond line\nthird\n";
    expect(sliceLog(log, 0, 12)).toEqual({ text: "third\n", from: 0, length: log.length, isReset: true, isCutByUpstream: true });
  });
});
