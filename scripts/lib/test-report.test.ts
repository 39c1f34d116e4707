import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sumTallies, tallyPlaywrightReport, tallyRunner, tallyVitestReport } from "./test-report";

function vitestReport(overrides: Record<string, unknown> = {}) {
  return {
    numPassedTests: 10,
    numFailedTests: 1,
    numPendingTests: 2,
    numTodoTests: 1,
    testResults: [{ name: "/repo/a.test.ts", status: "failed", message: "", assertionResults: [{ status: "passed" }, { status: "failed" }] }],
    ...overrides,
  };
}

describe("tallyVitestReport", () => {
  it("counts passed and failed tests, and skipped plus todo as skipped", () => {
    expect(tallyVitestReport(vitestReport())).toEqual({ runner: "vitest", passed: 10, failed: 1, skipped: 3, notes: [] });
  });

  it("counts a file that failed before any test ran as one failure, with its first message line", () => {
    const tally = tallyVitestReport(
      vitestReport({
        numFailedTests: 0,
        testResults: [{ name: "/repo/b.test.ts", status: "failed", message: "\u001b[31mCannot find module './x'\u001b[39m\n  at …", assertionResults: [] }],
      }),
    );
    expect(tally.failed).toBe(1);
    expect(tally.notes).toEqual(["/repo/b.test.ts failed outside its tests: Cannot find module './x'"]);
  });

  it("rejects something that is not a Vitest report", () => {
    expect(() => tallyVitestReport({ stats: {} })).toThrow();
  });
});

describe("tallyPlaywrightReport", () => {
  it("counts flaky tests as passed and errors outside tests as failures", () => {
    const tally = tallyPlaywrightReport({
      stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2, duration: 1 },
      errors: [{ message: "Error: Timed out waiting 600000ms from config.webServer.\nmore" }],
    });
    expect(tally).toEqual({
      runner: "playwright",
      passed: 4,
      failed: 2,
      skipped: 2,
      notes: ["error outside any test: Error: Timed out waiting 600000ms from config.webServer."],
    });
  });
});

describe("tallyRunner", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  function reportFile(content?: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-report-"));
    dirs.push(dir);
    const file = path.join(dir, "report.json");
    if (content !== undefined) fs.writeFileSync(file, content);
    return file;
  }

  it("counts a runner that wrote no report as one failure and says so", () => {
    const file = reportFile();
    const tally = tallyRunner({ runner: "vitest", exitCode: 1, reportFile: file, tally: tallyVitestReport });
    expect(tally).toMatchObject({ passed: 0, failed: 1, skipped: 0 });
    expect(tally.notes[0]).toBe(`vitest crashed: it wrote no report at ${file} (exit code 1)`);
  });

  it("counts an unreadable report as a crash", () => {
    const tally = tallyRunner({ runner: "playwright", exitCode: 0, reportFile: reportFile("{ not json"), tally: tallyPlaywrightReport });
    expect(tally).toMatchObject({ failed: 1 });
    expect(tally.notes[0]).toMatch(/wrote a report that cannot be read/);
  });

  it("adds a failure when the runner exited non-zero but its report shows none", () => {
    const file = reportFile(JSON.stringify(vitestReport({ numFailedTests: 0, testResults: [] })));
    const tally = tallyRunner({ runner: "vitest", exitCode: 1, reportFile: file, tally: tallyVitestReport });
    expect(tally).toMatchObject({ passed: 10, failed: 1 });
    expect(tally.notes).toEqual(["vitest exited with code 1 although its report shows no failure"]);
  });

  it("trusts a clean report from a clean exit", () => {
    const file = reportFile(JSON.stringify(vitestReport({ numFailedTests: 0, testResults: [] })));
    expect(tallyRunner({ runner: "vitest", exitCode: 0, reportFile: file, tally: tallyVitestReport })).toMatchObject({ passed: 10, failed: 0, notes: [] });
  });
});

describe("sumTallies", () => {
  it("adds up every runner", () => {
    expect(
      sumTallies([
        { runner: "a", passed: 2, failed: 1, skipped: 0, notes: [] },
        { runner: "b", passed: 3, failed: 0, skipped: 4, notes: [] },
      ]),
    ).toEqual({ passed: 5, failed: 1, skipped: 4 });
  });
});
