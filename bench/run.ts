/**
 * `npm run bench [-- --only NAME[,NAME…]] [--quick] [--store sqlite|postgresql] [--write|--no-write] [--keep]`
 *
 * Runs the benchmarks, prints every figure beside the reference measured in the same run, with the
 * ratio and PASS/MISS against its goal, and records full runs in docs/BENCHMARKS.md.
 */
import fs from "node:fs";
import path from "node:path";
import { ALL_BENCHMARKS } from "./benchmarks/registry";
import { parseBenchArgs } from "./harness/args";
import type { BenchContext } from "./harness/benchmark";
import { isPostgresAvailable, POSTGRES_ADMIN_URL } from "./harness/databases";
import type { Store } from "./harness/figures";
import { formatFigureForConsole, formatLoad } from "./harness/format";
import { describeMachine, formatMachine } from "./harness/machine";
import { renderRunSection, replaceSection, type BenchmarkRun } from "./harness/results-document";
import { loadAverage } from "./harness/timing";

const RESULTS_FILE = path.resolve(import.meta.dirname, "../docs/BENCHMARKS.md");

export async function runBenchmarks(argv: readonly string[]): Promise<{ runs: BenchmarkRun[]; misses: number }> {
  const args = parseBenchArgs(argv, ALL_BENCHMARKS.map((benchmark) => benchmark.name));
  const stores: Store[] = [];
  for (const store of args.stores) {
    if (store === "postgresql" && !(await isPostgresAvailable())) {
      console.warn(`[bench] PostgreSQL is not reachable at ${new URL(POSTGRES_ADMIN_URL).host}: its figures are skipped`);
      continue;
    }
    stores.push(store);
  }
  const machine = await describeMachine(POSTGRES_ADMIN_URL);
  const command = ["npm run bench", ...(argv.length > 0 ? ["--", ...argv] : [])].join(" ");
  console.log(`[bench] ${formatMachine(machine)}`);
  console.log(`[bench] ${args.isQuick ? "quick smoke run (figures not judged)" : "full run"}; stores: ${stores.join(", ") || "none"}`);

  const selected = ALL_BENCHMARKS.filter((benchmark) => args.only.length === 0 || args.only.includes(benchmark.name));
  const runs: BenchmarkRun[] = [];
  for (const benchmark of selected) {
    const loadAtStart = loadAverage();
    const startedAt = new Date();
    console.log(`\n[bench] ${benchmark.name}: ${benchmark.title} (load ${formatLoad(loadAtStart)})`);
    const context: BenchContext = { args, stores, log: (line) => console.log(`  … ${line}`) };
    const { figures, notes } = await benchmark.run(context);
    for (const figure of figures) console.log(formatFigureForConsole(figure));
    if (notes.length > 0) console.log(notes.join("\n"));
    runs.push({
      name: benchmark.name, title: benchmark.title, goal: benchmark.goal, method: benchmark.method,
      figures, notes, startedAt, durationMs: Date.now() - startedAt.getTime(), loadAtStart, command, machine,
    });
  }

  if (args.shouldWrite) {
    let document = fs.existsSync(RESULTS_FILE) ? fs.readFileSync(RESULTS_FILE, "utf8") : "# Benchmarks\n";
    for (const run of runs) document = replaceSection(document, run.name, renderRunSection(run));
    fs.writeFileSync(RESULTS_FILE, document);
    console.log(`\n[bench] results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  }
  const figures = runs.flatMap((run) => run.figures);
  const count = (verdict: string) => figures.filter((figure) => figure.goal?.verdict === verdict).length;
  console.log(`\n[bench] ${count("PASS")} PASS, ${count("MISS")} MISS, ${count("ERROR")} ERROR, ${count("SKIPPED")} SKIPPED, ${count("NOT JUDGED")} not judged`);
  return { runs, misses: count("MISS") };
}

const isEntryPoint = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isEntryPoint) {
  runBenchmarks(process.argv.slice(2)).then(
    // A missed goal is a finding, not a crash: the exit code stays 0 so a full run always records its figures.
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
