import type { TConnectivityStep } from "@/lib/contracts/connectivity";

export type TTimelineBar = { seq: number; offsetPercent: number; widthPercent: number };

/** Minimum visible width, so a 0 ms step still shows as a sliver. */
const MIN_WIDTH_PERCENT = 0.8;

/**
 * Where each step sits on the test's time axis (0–100 %), from its start and end; steps without
 * times get no bar. A pure layout so the component only draws.
 */
export function layoutTimeline(steps: readonly TConnectivityStep[]): { bars: TTimelineBar[]; totalMs: number | null } {
  const timed = steps.filter((step) => step.startTime && step.endTime).map((step) => ({ seq: step.seq, start: Date.parse(step.startTime as string), end: Date.parse(step.endTime as string) }));
  if (timed.length === 0) return { bars: [], totalMs: null };
  const first = Math.min(...timed.map((step) => step.start));
  const last = Math.max(...timed.map((step) => step.end));
  const total = Math.max(1, last - first);
  return {
    totalMs: last - first,
    bars: timed.map((step) => {
      const offsetPercent = ((step.start - first) / total) * 100;
      const widthPercent = Math.max(MIN_WIDTH_PERCENT, ((step.end - step.start) / total) * 100);
      return { seq: step.seq, offsetPercent: Math.min(offsetPercent, 100 - MIN_WIDTH_PERCENT), widthPercent: Math.min(widthPercent, 100 - Math.min(offsetPercent, 100 - MIN_WIDTH_PERCENT)) };
    }),
  };
}
