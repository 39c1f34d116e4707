import type { LatencySummary } from "./stats";
import type { LoadAverage } from "./timing";

export type Store = "sqlite" | "postgresql";
export type Unit = "s" | "ms" | "/s" | "statements" | "kB" | "frames";
export type Verdict = "PASS" | "MISS" | "NOT JUDGED" | "SKIPPED" | "ERROR";

/** One measured quantity: a value and, for latencies, the distribution it was taken from. */
export type Measurement = { value: number; unit: Unit; distribution?: LatencySummary; detail?: string };

/** One line of the results: what the product did, what the reference did in the same run, and the goal. */
export type Figure = {
  benchmark: string;
  store: Store | null;
  subject: string;
  measured?: Measurement;
  reference?: Measurement & { subject: string };
  /** measured ÷ reference, with what that means ("engine ÷ raw pg", lower is better…). */
  ratio?: { value: number; meaning: string };
  goal?: { text: string; verdict: Verdict };
  load: LoadAverage;
  note?: string;
};

export type GoalCheck = { text: string; isMet: boolean };

/**
 * The verdict for a goal: quick runs use smaller workloads than the goals are written for, so
 * they report figures without judging them.
 */
export function verdictOf(check: GoalCheck, isQuick: boolean): { text: string; verdict: Verdict } {
  if (isQuick) return { text: check.text, verdict: "NOT JUDGED" };
  return { text: check.text, verdict: check.isMet ? "PASS" : "MISS" };
}

export function ratioOf(measured: number, reference: number, meaning: string): { value: number; meaning: string } {
  return { value: reference === 0 ? Number.POSITIVE_INFINITY : measured / reference, meaning };
}

/** A figure that could not be measured, with the reason (a module not landed yet, no PostgreSQL…). */
export function skippedFigure(benchmark: string, store: Store | null, subject: string, reason: string, load: LoadAverage): Figure {
  return { benchmark, store, subject, goal: { text: "-", verdict: "SKIPPED" }, load, note: reason };
}

/**
 * A figure whose measurement failed because the engine code under test threw. The first line of
 * the error is kept, so the report says where it broke.
 */
export function errorFigure(benchmark: string, store: Store | null, subject: string, error: unknown, load: LoadAverage): Figure {
  const message = error instanceof Error ? error.message : String(error);
  const firstLines = message.split("\n").map((line) => line.trim()).filter(Boolean).slice(0, 3).join(" ");
  const stack = error instanceof Error ? error.stack ?? "" : "";
  const engineFrame = /(engine\/src\/[\w/.-]+\.ts:\d+)/.exec(stack)?.[1];
  const where = engineFrame ? ` (at ${engineFrame})` : "";
  return { benchmark, store, subject, goal: { text: "-", verdict: "ERROR" }, load, note: `failed${where}: ${firstLines.slice(0, 400)}` };
}
