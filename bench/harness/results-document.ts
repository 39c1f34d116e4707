import type { Figure } from "./figures";
import { formatFiguresAsMarkdownTable, formatLoad } from "./format";
import { formatMachine, type Machine } from "./machine";
import type { LoadAverage } from "./timing";

export type BenchmarkRun = {
  name: string;
  title: string;
  goal: string;
  method: string;
  figures: Figure[];
  notes: string[];
  startedAt: Date;
  durationMs: number;
  loadAtStart: LoadAverage;
  command: string;
  machine: Machine;
};

const startMarker = (name: string) => `<!-- bench:${name}:start -->`;
const endMarker = (name: string) => `<!-- bench:${name}:end -->`;

/** The generated section of one benchmark: its goal, method, the run's circumstances and its figures. */
export function renderRunSection(run: BenchmarkRun): string {
  return [
    `### ${run.title} (\`${run.name}\`)`,
    "",
    `**Goal.** ${run.goal}`,
    "",
    `**Method.** ${run.method}`,
    "",
    `**Run.** ${run.startedAt.toISOString().replace("T", " ").slice(0, 16)} UTC, \`${run.command}\`, ${Math.round(run.durationMs / 1000)} s; ` +
      `load average at start ${formatLoad(run.loadAtStart)} (1/5/15 min). Machine: ${formatMachine(run.machine)}.`,
    "",
    formatFiguresAsMarkdownTable(run.figures),
    ...(run.notes.length > 0 ? ["", ...run.notes] : []),
  ].join("\n");
}

/**
 * Replaces the generated section of one benchmark between its markers, leaving every other part
 * of the document (hand-written analysis, other benchmarks' last results) as it was. A section
 * seen for the first time is appended.
 */
export function replaceSection(document: string, name: string, content: string): string {
  const start = startMarker(name);
  const end = endMarker(name);
  const block = `${start}\n${content}\n${end}`;
  const startIndex = document.indexOf(start);
  const endIndex = document.indexOf(end);
  if (startIndex === -1 || endIndex === -1 || endIndex < startIndex) {
    return `${document.trimEnd()}\n\n${block}\n`;
  }
  return document.slice(0, startIndex) + block + document.slice(endIndex + end.length);
}
