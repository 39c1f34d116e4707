import type { Figure, Measurement } from "./figures";
import type { LatencySummary } from "./stats";
import type { LoadAverage } from "./timing";

const integerFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** Two significant decimals below 10, one below 100, none above: enough for run-to-run spread. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "∞";
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return integerFormat.format(value);
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatMeasurement(measurement: Measurement): string {
  const unit = measurement.unit === "/s" ? "/s" : ` ${measurement.unit}`;
  // Counts are whole: "1 frames" reads better than "1.00 frames".
  return `${measurement.unit === "frames" ? formatCount(measurement.value) : formatNumber(measurement.value)}${unit}`;
}

export function formatDistribution(summary: LatencySummary): string {
  return `p50 ${formatNumber(summary.p50)} / p95 ${formatNumber(summary.p95)} / p99 ${formatNumber(summary.p99)} ms (n=${summary.count})`;
}

export function formatLoad(load: LoadAverage): string {
  return load.map((value) => value.toFixed(2)).join(" ");
}

export function formatRatio(value: number): string {
  return `${formatNumber(value)}×`;
}

/** The console block of one figure: what was measured, beside its reference, the ratio and the verdict. */
export function formatFigureForConsole(figure: Figure): string {
  const lines = [`[${figure.benchmark}${figure.store ? ` · ${figure.store}` : ""}] ${figure.subject}`];
  if (figure.measured) lines.push(`  measured   ${describeMeasurement(figure.measured)}`);
  if (figure.reference) lines.push(`  reference  ${describeMeasurement(figure.reference)} — ${figure.reference.subject}`);
  if (figure.ratio) lines.push(`  ratio      ${formatRatio(figure.ratio.value)} (${figure.ratio.meaning})`);
  if (figure.goal) lines.push(`  goal       ${figure.goal.text} → ${figure.goal.verdict}`);
  if (figure.note) lines.push(`  note       ${figure.note}`);
  lines.push(`  load       ${formatLoad(figure.load)}`);
  return lines.join("\n");
}

function describeMeasurement(measurement: Measurement): string {
  const parts = [formatMeasurement(measurement)];
  if (measurement.distribution) parts.push(`(${formatDistribution(measurement.distribution)})`);
  if (measurement.detail) parts.push(`[${measurement.detail}]`);
  return parts.join(" ");
}

/** One Markdown table row per figure; `|` inside cells is escaped so notes cannot break the table. */
export function formatFiguresAsMarkdownTable(figures: readonly Figure[]): string {
  const header = "| Store | Figure | Measured | Reference (same run) | Ratio | Goal | Verdict | Load 1m |";
  const rule = "|---|---|---|---|---|---|---|---|";
  const rows = figures.map((figure) =>
    [
      figure.store ?? "–",
      figure.subject + (figure.note ? ` — ${figure.note}` : ""),
      figure.measured ? markdownMeasurement(figure.measured) : "–",
      figure.reference ? `${markdownMeasurement(figure.reference)} (${figure.reference.subject})` : "–",
      figure.ratio ? `${formatRatio(figure.ratio.value)} ${figure.ratio.meaning}` : "–",
      figure.goal?.text ?? "–",
      figure.goal ? `**${figure.goal.verdict}**` : "–",
      figure.load[0].toFixed(2),
    ].map(escapeCell),
  );
  return [header, rule, ...rows.map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
}

function markdownMeasurement(measurement: Measurement): string {
  // Latency figures carry their p95 as the value: the goals are written against the p95.
  const value = `${measurement.distribution ? "p95 " : ""}${formatMeasurement(measurement)}`;
  const distribution = measurement.distribution
    ? ` (p50 ${formatNumber(measurement.distribution.p50)}, p99 ${formatNumber(measurement.distribution.p99)}, n=${measurement.distribution.count})`
    : "";
  const detail = measurement.detail ? ` [${measurement.detail}]` : "";
  return `${value}${distribution}${detail}`;
}

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}
