import fs from "node:fs";
import { z } from "zod";

/** One runner's counts, as `npm test` sums them. Skipped tests count as neither passed nor failed. */
export type RunnerTally = { runner: string; passed: number; failed: number; skipped: number; notes: string[] };

const ZCount = z.number().int().nonnegative();

// Only the fields we count; both reporters write much more.
const ZVitestReport = z.object({
  numPassedTests: ZCount,
  numFailedTests: ZCount,
  numPendingTests: ZCount,
  numTodoTests: ZCount.default(0),
  testResults: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      message: z.string().default(""),
      assertionResults: z
        .array(z.object({ status: z.string(), fullName: z.string().default(""), failureMessages: z.array(z.string()).default([]) }))
        .default([]),
    }),
  ),
});

type PlaywrightSuite = { title: string; specs: PlaywrightSpec[]; suites: PlaywrightSuite[] };
type PlaywrightSpec = { title: string; file: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] };

const ZPlaywrightSpec = z.object({
  title: z.string(),
  file: z.string().default(""),
  line: z.number().default(0),
  tests: z
    .array(
      z.object({
        status: z.string(),
        results: z.array(z.object({ error: z.object({ message: z.string().optional() }).optional() })).default([]),
      }),
    )
    .default([]),
});
const ZPlaywrightSuite: z.ZodType<PlaywrightSuite> = z.lazy(() =>
  z.object({ title: z.string().default(""), specs: z.array(ZPlaywrightSpec).default([]), suites: z.array(ZPlaywrightSuite).default([]) }),
);

const ZPlaywrightReport = z.object({
  stats: z.object({ expected: ZCount, unexpected: ZCount, flaky: ZCount, skipped: ZCount }),
  errors: z.array(z.object({ message: z.string().optional() })).default([]),
  suites: z.array(ZPlaywrightSuite).default([]),
});

// CI shows only the end of the log, so the summary names each failed test with its first error line.
const MAX_FAILED_TEST_NOTES = 20;

/** A test file that failed without a failed test (an import error, a failing hook) counts as one failure. */
export function tallyVitestReport(json: unknown): RunnerTally {
  const report = ZVitestReport.parse(json);
  const notes: string[] = [];
  let brokenFiles = 0;
  const failedTests: string[] = [];
  for (const file of report.testResults) {
    if (file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed")) {
      brokenFiles += 1;
      notes.push(`${file.name} failed outside its tests: ${firstLine(file.message) || "no message"}`);
    }
    for (const test of file.assertionResults) {
      if (test.status === "failed") failedTests.push(`failed: ${file.name} › ${test.fullName}: ${firstLine(test.failureMessages[0] ?? "") || "no message"}`);
    }
  }
  notes.push(...capped(failedTests));
  return {
    runner: "vitest",
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
    notes,
  };
}

/** Flaky tests passed in the end; errors outside any test (web server, global setup) are failures. */
export function tallyPlaywrightReport(json: unknown): RunnerTally {
  const report = ZPlaywrightReport.parse(json);
  return {
    runner: "playwright",
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + report.errors.length,
    skipped: report.stats.skipped,
    notes: [
      ...report.errors.map((error) => `error outside any test: ${firstLine(error.message ?? "") || "no message"}`),
      ...capped(failedPlaywrightTests(report.suites, [])),
    ],
  };
}

/** Tests whose outcome was "unexpected" (failed on every retry), as `failed: file:line › titles: first error line`. */
function failedPlaywrightTests(suites: readonly PlaywrightSuite[], titles: readonly string[]): string[] {
  return suites.flatMap((suite) => {
    const path = suite.title ? [...titles, suite.title] : [...titles];
    const own = suite.specs.flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected")
        .map((test) => {
          const message = test.results.map((result) => result.error?.message).find((text) => text) ?? "";
          return `failed: ${spec.file}:${spec.line} › ${[...path.slice(1), spec.title].join(" › ")}: ${firstLine(message) || "no message"}`;
        }),
    );
    return [...own, ...failedPlaywrightTests(suite.suites, path)];
  });
}

function capped(lines: string[]): string[] {
  return lines.length <= MAX_FAILED_TEST_NOTES ? lines : [...lines.slice(0, MAX_FAILED_TEST_NOTES), `… and ${lines.length - MAX_FAILED_TEST_NOTES} more failed tests`];
}

/**
 * Reads a runner's JSON report and reconciles it with the runner's exit code: no readable report
 * means the runner crashed (one failure), and a non-zero exit with no failure in the report is
 * itself one failure, so nothing can go wrong silently.
 */
export function tallyRunner(input: {
  runner: string;
  exitCode: number | null;
  reportFile: string;
  tally: (json: unknown) => RunnerTally;
}): RunnerTally {
  const { runner, exitCode, reportFile } = input;
  let tally: RunnerTally;
  try {
    tally = input.tally(JSON.parse(fs.readFileSync(reportFile, "utf8")));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === "ENOENT" ? "wrote no report" : "wrote a report that cannot be read";
    return { runner, passed: 0, failed: 1, skipped: 0, notes: [`${runner} crashed: it ${why} at ${reportFile} (exit code ${exitCode ?? "none"})`] };
  }
  if (exitCode !== 0 && tally.failed === 0) {
    return { ...tally, failed: 1, notes: [...tally.notes, `${runner} exited with code ${exitCode ?? "none"} although its report shows no failure`] };
  }
  return tally;
}

export function sumTallies(tallies: readonly RunnerTally[]): { passed: number; failed: number; skipped: number } {
  return tallies.reduce((sum, tally) => ({ passed: sum.passed + tally.passed, failed: sum.failed + tally.failed, skipped: sum.skipped + tally.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
}

function firstLine(text: string): string {
  // Reporters colour their messages; the summary is plain text.
  return (text.replace(/\u001b\[[0-9;]*m/g, "").split("\n").find((line) => line.trim() !== "") ?? "").trim();
}
