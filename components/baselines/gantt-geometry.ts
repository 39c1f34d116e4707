import type { TKeyPathEntry } from "@/lib/contracts/baselines";

/** A horizontal bar in pixels; `isOpen` when its end is "now" (still running). */
export type TGanttBar = { x: number; width: number; start: number; end: number; isOpen: boolean };

export type TGanttRow = {
  instanceId: string;
  label: string;
  status: string;
  y: number;
  predicted: TGanttBar | null;
  actual: TGanttBar | null;
  /** The actual run ended (or runs) later than predicted. */
  isLate: boolean;
};

export type TGanttMarker = { kind: "commitment" | "alert" | "now"; x: number; at: number };

export type TGanttGeometry = {
  domain: { start: number; end: number };
  rows: TGanttRow[];
  markers: TGanttMarker[];
  ticks: { x: number; at: number }[];
  width: number;
  height: number;
};

export type TGanttOptions = {
  now: number;
  slaTime: string | null;
  expTime: string | null;
  /** Width of the plot area (after the labels). */
  width: number;
  rowHeight: number;
  /** Aim for about this many ticks. */
  tickCount?: number;
};

const parse = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));
const MIN_BAR_PX = 2;
const TICK_STEPS_MIN = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440];

/**
 * Geometry of the key path's Gantt chart: per instance a predicted bar (BeginCast → EndCast) and an
 * actual bar (start → finish, or → now while running), on one time axis that also holds the
 * commitment, the alert time and now, with ticks on round minutes. Pure.
 */
export function ganttGeometry(entries: readonly TKeyPathEntry[], options: TGanttOptions): TGanttGeometry {
  const times: number[] = [];
  const spans = entries.map((entry) => {
    const predictedStart = parse(entry.beginCast);
    const predictedEnd = parse(entry.endCast);
    const actualStart = parse(entry.beginRunningTime);
    const finished = parse(entry.finishTime);
    const isRunning = actualStart !== null && finished === null && (entry.status === "RUNNING" || entry.status === "CHECKING" || entry.status === "CHECKING_CONDITION");
    const actualEnd = finished ?? (isRunning ? Math.max(options.now, actualStart ?? options.now) : null);
    for (const time of [predictedStart, predictedEnd, actualStart, actualEnd]) if (time !== null) times.push(time);
    return { entry, predictedStart, predictedEnd, actualStart, actualEnd, isOpen: finished === null && isRunning };
  });
  const sla = parse(options.slaTime);
  const exp = parse(options.expTime);
  for (const time of [sla, exp, options.now]) if (time !== null) times.push(time);
  const rawStart = times.length ? Math.min(...times) : options.now - 3_600_000;
  const rawEnd = times.length ? Math.max(...times) : options.now + 3_600_000;
  // A little room either side, and never an empty domain.
  const pad = Math.max((rawEnd - rawStart) * 0.03, 60_000);
  const domain = { start: rawStart - pad, end: rawEnd + pad };
  const scale = options.width / (domain.end - domain.start);
  const xOf = (time: number) => (time - domain.start) * scale;
  const bar = (start: number | null, end: number | null, isOpen: boolean): TGanttBar | null => {
    if (start === null || end === null) return null;
    const from = Math.min(start, end);
    return { x: xOf(from), width: Math.max(MIN_BAR_PX, (Math.max(start, end) - from) * scale), start: from, end: Math.max(start, end), isOpen };
  };
  const rows = spans.map((span, index): TGanttRow => ({
    instanceId: span.entry.instanceId,
    label: span.entry.nodeName || span.entry.instanceId,
    status: span.entry.status,
    y: index * options.rowHeight,
    predicted: bar(span.predictedStart, span.predictedEnd, false),
    actual: bar(span.actualStart, span.actualEnd, span.isOpen),
    isLate: span.actualEnd !== null && span.predictedEnd !== null && span.actualEnd > span.predictedEnd,
  }));
  const markers: TGanttMarker[] = [];
  if (exp !== null) markers.push({ kind: "alert", x: xOf(exp), at: exp });
  if (sla !== null) markers.push({ kind: "commitment", x: xOf(sla), at: sla });
  markers.push({ kind: "now", x: xOf(options.now), at: options.now });
  return { domain, rows, markers, ticks: ganttTicks(domain, options.tickCount ?? 6, xOf), width: options.width, height: rows.length * options.rowHeight };
}

/** Ticks on round minutes (5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, 1 d) so that about `count` fit the domain. */
export function ganttTicks(domain: { start: number; end: number }, count: number, xOf: (time: number) => number): { x: number; at: number }[] {
  const spanMinutes = (domain.end - domain.start) / 60_000;
  const step = (TICK_STEPS_MIN.find((minutes) => spanMinutes / minutes <= count) ?? TICK_STEPS_MIN.at(-1)!) * 60_000;
  const ticks = [];
  for (let at = Math.ceil(domain.start / step) * step; at <= domain.end; at += step) ticks.push({ x: xOf(at), at });
  return ticks;
}
