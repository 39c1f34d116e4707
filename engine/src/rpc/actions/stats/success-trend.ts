import { addDays, localTimeToEpoch } from "../../../schedule/calendar";

export type TrendPointWire = { TimePoint: string; Count: number };

export const HOURS_PER_DAY = 24;

/** "00:00" … "23:00". */
export function timePointOf(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

/**
 * The end of each local hour of the run date (`01:00`, `02:00`, …, next day's `00:00`), as instants.
 * On a DST day a skipped hour ends when the next one does, so its point repeats the previous count.
 */
export function hourEndsOf(runDate: string, timezone: string): number[] {
  const ends: number[] = [];
  for (let hour = 1; hour < HOURS_PER_DAY; hour += 1) ends.push(localTimeToEpoch(runDate, hour * 3600, timezone));
  ends.push(localTimeToEpoch(addDays(runDate, 1), 0, timezone));
  return ends;
}

/**
 * Cumulative counts per hour from finish-time buckets (bucket `h` = finished during hour `h`; the
 * bucket after the last hour, finished after the run date, is not counted). `Count` at "HH:00" is
 * how many had succeeded by the end of that hour. Only the first `pointCount` hours are returned.
 */
export function toCumulativeTrend(buckets: readonly number[], pointCount: number = HOURS_PER_DAY): number[] {
  const counts: number[] = [];
  let total = 0;
  for (let hour = 0; hour < Math.min(pointCount, HOURS_PER_DAY); hour += 1) {
    total += buckets[hour] ?? 0;
    counts.push(total);
  }
  return counts;
}

/** Point-wise mean of several days' cumulative curves, rounded to whole instances. */
export function averageCurves(curves: readonly (readonly number[])[]): number[] {
  if (curves.length === 0) return new Array<number>(HOURS_PER_DAY).fill(0);
  return Array.from({ length: HOURS_PER_DAY }, (_, hour) => {
    const sum = curves.reduce((total, curve) => total + (curve[hour] ?? 0), 0);
    return Math.round(sum / curves.length);
  });
}

export function toTrendWire(counts: readonly number[]): TrendPointWire[] {
  return counts.map((count, hour) => ({ TimePoint: timePointOf(hour), Count: count }));
}

/** How many of today's hourly points have begun at `now` (1 just after midnight, 24 in the last hour). */
export function elapsedHourCount(hourEnds: readonly number[], now: number): number {
  const finished = hourEnds.filter((end) => end <= now).length;
  return Math.min(HOURS_PER_DAY, finished + 1);
}
