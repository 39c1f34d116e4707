import type { BenchArgs } from "./args";
import type { Figure, Store } from "./figures";

export type BenchContext = {
  args: BenchArgs;
  /** The stores asked for that are reachable (PostgreSQL may be missing on a user's machine). */
  stores: Store[];
  /** Progress lines, so a long run shows where it is. */
  log(line: string): void;
};

export type Benchmark = {
  name: string;
  title: string;
  /** The goal as the issue states it, for docs/BENCHMARKS.md. */
  goal: string;
  /** How it is measured and what the reference is, for docs/BENCHMARKS.md. */
  method: string;
  run(context: BenchContext): Promise<BenchmarkOutcome>;
};

/** The figures, and Markdown notes that explain them (query plans, statement counts). */
export type BenchmarkOutcome = { figures: Figure[]; notes: string[] };
