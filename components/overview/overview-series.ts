import type { TInstanceStatus } from "@/lib/contracts/instances";
import type { TDailyAmount, TNodeTypeCount, TStatusCounts, TSuccessTrend } from "@/lib/contracts/stats";
import { SERIES_COLORS } from "@/components/charts/chart-theme";
import { STATUS_SCAN_ORDER } from "@/components/instances/status-style";

/** Chart series and tiles of the overview, from the API's contract. Pure. */

export type TTrendRow = { time: string; today: number | null; yesterday: number | null; average: number | null };

const HOURS = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, "0")}:00`);

/** One row per hour of the day; an hour a trend has no point for is null (today's future hours stay empty, not zero). */
export function toTrendRows(trend: TSuccessTrend): TTrendRow[] {
  const byTime = (points: TSuccessTrend["today"]) => new Map(points.map((point) => [point.time, point.count]));
  const today = byTime(trend.today);
  const yesterday = byTime(trend.yesterday);
  const average = byTime(trend.average);
  const extra = [...today.keys(), ...yesterday.keys(), ...average.keys()].filter((time) => !HOURS.includes(time));
  return [...HOURS, ...new Set(extra)].sort().map((time) => ({
    time,
    today: today.get(time) ?? null,
    yesterday: yesterday.get(time) ?? null,
    average: average.get(time) ?? null,
  }));
}

export type TAmountRow = { bizdate: string; day: string; count: number };

/** Daily amounts with a short axis label (MM-DD), oldest first. */
export function toAmountRows(days: readonly TDailyAmount[]): TAmountRow[] {
  return [...days].sort((left, right) => left.bizdate.localeCompare(right.bizdate)).map((day) => ({ bizdate: day.bizdate, day: day.bizdate.slice(5), count: day.count }));
}

export type TNodeTypeSlice = { name: string; value: number; color: string };

/** The largest types as slices, the rest folded into "Other" so the donut stays readable. */
export function toNodeTypeSlices(counts: readonly TNodeTypeCount[], otherLabel: string, maxSlices = 5): TNodeTypeSlice[] {
  const sorted = [...counts].filter((entry) => entry.count > 0).sort((left, right) => right.count - left.count || left.programType.localeCompare(right.programType));
  const shown = sorted.length > maxSlices + 1 ? sorted.slice(0, maxSlices) : sorted;
  const rest = sorted.slice(shown.length).reduce((sum, entry) => sum + entry.count, 0);
  const slices = shown.map((entry, index) => ({ name: entry.programType, value: entry.count, color: SERIES_COLORS[index % SERIES_COLORS.length] as string }));
  if (rest > 0) slices.push({ name: otherLabel, value: rest, color: "var(--border)" });
  return slices;
}

export type TStatusTile = { status: TInstanceStatus; count: number };

/** One tile per status in scanning order (failures first); empty statuses are kept so the layout does not jump. */
export function toStatusTiles(counts: TStatusCounts): TStatusTile[] {
  return STATUS_SCAN_ORDER.map((status) => ({ status, count: counts.byStatus[status] ?? 0 }));
}

/** Colours of the trend lines: today in the accent, the past muted. */
export const TREND_COLORS = { today: "var(--accent)", yesterday: "var(--info)", average: "var(--fg-muted)" } as const;
