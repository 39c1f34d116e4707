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
    expect(tallyVitestReport(vitestReport())).toEqual({ runner: "vitest", passed: 10, failed: 1, skipped: 3, notes: ["failed: /repo/a.test.ts › : no message"] });
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

  it("names each failed test with its first failure line, so the end of a CI log says what failed", () => {
    const tally = tallyVitestReport(
      vitestReport({
        testResults: [
          {
            name: "/repo/a.test.ts",
            status: "failed",
            assertionResults: [
              { status: "passed", fullName: "a works" },
              { status: "failed", fullName: "a › fails", failureMessages: ["\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n  at a.test.ts:3"] },
            ],
          },
        ],
      }),
    );
    expect(tally.notes).toEqual(["failed: /repo/a.test.ts › a › fails: AssertionError: expected 1 to be 2"]);
  });

  it("names at most 20 failed tests and counts the rest", () => {
    const assertionResults = Array.from({ length: 23 }, (_, index) => ({ status: "failed", fullName: `t${index}`, failureMessages: ["boom"] }));
    const tally = tallyVitestReport(vitestReport({ numFailedTests: 23, testResults: [{ name: "/repo/a.test.ts", status: "failed", assertionResults }] }));
    expect(tally.notes).toHaveLength(21);
    expect(tally.notes[20]).toBe("… and 3 more failed tests");
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

  it("names failed tests with file, line and describe titles, not flaky ones", () => {
    const test = (status: string, message?: string) => ({ status, results: [{}, message ? { error: { message } } : {}] });
    const tally = tallyPlaywrightReport({
      stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
      suites: [
        {
          title: "instances.spec.ts",
          specs: [{ title: "flaky one", file: "instances.spec.ts", line: 4, tests: [test("flaky")] }],
          suites: [
            {
              title: "paging",
              specs: [{ title: "pages on", file: "instances.spec.ts", line: 9, tests: [test("unexpected", "Error: expect(locator).toBeVisible() failed\nmore")] }],
            },
          ],
        },
      ],
    });
    expect(tally.notes).toEqual(["failed: instances.spec.ts:9 › paging › pages on: Error: expect(locator).toBeVisible() failed"]);
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
