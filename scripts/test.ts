/**
 * `npm test`: every test runner, then one summary.
 *
 *   1. Vitest (unit, integration, storage and connectivity suites), JSON report in test-results/vitest.json;
 *   2. Playwright (end-to-end against the production build), run even when Vitest failed, JSON report
 *      in test-results/playwright.json.
 *
 * The very last line is `N passed, N failed`, summed over both; skipped tests are listed on the line
 * before. Exits 1 if anything failed or a runner crashed. REQUIRE_SERVICES=1 (set by .ci/run) turns
 * a missing database or broker from "skipped" into a failure; the suites read it themselves.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sumTallies, tallyPlaywrightReport, tallyRunner, tallyVitestReport, type RunnerTally } from "./lib/test-report";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "test-results");

type Runner = { name: string; args: string[]; reportFile: string; tally: (json: unknown) => RunnerTally };

const RUNNERS: Runner[] = [
  {
    name: "vitest",
    args: [path.join(root, "node_modules", "vitest", "vitest.mjs"), "run"],
    reportFile: path.join(resultsDir, "vitest.json"),
    tally: tallyVitestReport,
  },
  {
    name: "playwright",
    args: [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test"],
    reportFile: path.join(resultsDir, "playwright.json"),
    tally: tallyPlaywrightReport,
  },
];

/** Runs one runner with our terminal, so it keeps its own colours and progress output. */
function run(runner: Runner): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, runner.args, {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.once("error", (error) => {
      console.error(`[test] could not start ${runner.name}: ${error.message}`);
      resolve(null);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null)));
  });
}

async function main(): Promise<number> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const tallies: RunnerTally[] = [];
  const timings: number[] = [];
  for (const runner of RUNNERS) {
    // A report left from an earlier run must never be mistaken for this run's.
    fs.rmSync(runner.reportFile, { force: true });
    console.log(`\n[test] ${runner.name}`);
    const startedAt = performance.now();
    const exitCode = await run(runner);
    timings.push((performance.now() - startedAt) / 1000);
    tallies.push(tallyRunner({ runner: runner.name, exitCode, reportFile: runner.reportFile, tally: runner.tally }));
  }

  console.log("");
  tallies.forEach((tally, index) => {
    console.log(`[test] ${tally.runner} — passed ${tally.passed}, failed ${tally.failed}, skipped ${tally.skipped}, ${timings[index]?.toFixed(1)} s`);
    for (const note of tally.notes) console.log(`[test]   ${note}`);
  });
  const total = sumTallies(tallies);
  console.log(`(${total.skipped} skipped)`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
