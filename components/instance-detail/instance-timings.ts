import type { TInstanceSummary } from "@/lib/contracts/instances";

export type TTimingPhase = "waitingForTime" | "waitingForResources" | "running";

export type TTimingSegment = { phase: TTimingPhase; startMs: number; endMs: number; isOngoing: boolean };

type TTimedInstance = Pick<TInstanceSummary, "status" | "beginWaitTimeTime" | "beginWaitResTime" | "beginRunningTime" | "finishTime">;

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/**
 * Where an instance's time went: waiting for its cycle time (BeginWaitTimeTime → BeginWaitResTime),
 * for a resource slot (→ BeginRunningTime), and running (→ FinishTime, or now while it runs). A
 * phase that is still going ends at `now`. Pure.
 */
export function instanceTimings(instance: TTimedInstance, now: number): TTimingSegment[] {
  const waitTime = ms(instance.beginWaitTimeTime);
  const waitResource = ms(instance.beginWaitResTime);
  const running = ms(instance.beginRunningTime);
  const finish = ms(instance.finishTime);
  const segments: TTimingSegment[] = [];
  const add = (phase: TTimingPhase, start: number | null, ends: (number | null)[], isCurrent: boolean) => {
    if (start === null) return;
    const end = ends.find((candidate) => candidate !== null && candidate >= start) ?? null;
    if (end !== null) segments.push({ phase, startMs: start, endMs: end, isOngoing: false });
    else if (isCurrent) segments.push({ phase, startMs: start, endMs: Math.max(start, now), isOngoing: true });
  };
  add("waitingForTime", waitTime, [waitResource, running, finish], instance.status === "WAIT_TIME");
  add("waitingForResources", waitResource, [running, finish], instance.status === "WAIT_RESOURCE");
  add("running", running, [finish], instance.status === "RUNNING" || instance.status === "CHECKING" || instance.status === "CHECKING_CONDITION");
  return segments;
}

/** Each segment's share of the whole span, for the timeline bar (0–100, at least a sliver when non-zero). */
export function timelineShares(segments: readonly TTimingSegment[]): { phase: TTimingPhase; percent: number; durationMs: number; isOngoing: boolean }[] {
  const total = segments.reduce((sum, segment) => sum + (segment.endMs - segment.startMs), 0);
  return segments.map((segment) => {
    const durationMs = segment.endMs - segment.startMs;
    const percent = total === 0 ? 100 / segments.length : Math.max(durationMs > 0 ? 2 : 0, (durationMs / total) * 100);
    return { phase: segment.phase, percent, durationMs, isOngoing: segment.isOngoing };
  });
}
