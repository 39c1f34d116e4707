import { describe, expect, it } from "vitest";
import { findErrorLines, findMatches, isErrorLine, MAX_MATCHES, stepMatch } from "./log-search";

describe("findMatches", () => {
  it("finds every occurrence, case-insensitive, with its place in the line", () => {
    const { matches } = findMatches(["Rows read: 12", "rows written: 12, rows skipped: 0"], "ROWS");
    expect(matches).toEqual([
      { line: 0, start: 0, end: 4 },
      { line: 1, start: 0, end: 4 },
      { line: 1, start: 18, end: 22 },
    ]);
  });

  it("respects case when asked", () => {
    expect(findMatches(["Error", "error"], "Error", { isCaseSensitive: true }).matches).toEqual([{ line: 0, start: 0, end: 5 }]);
  });

  it("finds nothing for an empty query", () => {
    expect(findMatches(["a"], "")).toEqual({ matches: [], isCapped: false });
  });

  it("stops collecting at the cap and says so", () => {
    const lines = Array.from({ length: MAX_MATCHES + 5 }, () => "x");
    const result = findMatches(lines, "x");
    expect(result.matches).toHaveLength(MAX_MATCHES);
    expect(result.isCapped).toBe(true);
  });
});

describe("isErrorLine", () => {
  it.each([
    "ERROR: relation ods_orders does not exist",
    "java.lang.NullPointerException at Foo.bar",
    "Traceback (most recent call last):",
    "task failed after 3 attempts",
    "process exited with code 137",
    "exit code 2",
    "[nightshift] timed out after 600 s; killed process group 4242",
    "[nightshift] could not start the task: working directory missing",
  ])("flags %s", (line) => {
    expect(isErrorLine(line)).toBe(true);
  });

  it.each(["rows written: 12000", "exit code 0", "[sync] read 48000 rows, 0 errors", "no errors found", "[nightshift] attempt 1 started by engine-a (pid 7)", "[nightshift] auto-rerun 1 of 3 in 60 s"])(
    "does not flag %s",
    (line) => {
      expect(isErrorLine(line)).toBe(false);
    },
  );

  it("lists the failing lines in order", () => {
    expect(findErrorLines(["ok", "Error one", "ok", "exit code 1"])).toEqual([1, 3]);
  });
});

describe("stepMatch", () => {
  it("goes to the first or last match from none, and wraps around", () => {
    expect(stepMatch(-1, 3, 1)).toBe(0);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});
