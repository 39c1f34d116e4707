import { useState } from "react";

/** Which beat of the live dot is showing: a new `count` restarts its animation (keyed element). */
export type TRefreshBeat = { pageKey: string; dataUpdatedAt: number; count: number };

/**
 * The dot beats when the rows shown are refreshed, not when another page, filter or sort opens:
 * it says "this list is live", and a beat on every page change would also keep a software-drawn
 * screen producing frames for 1.2 s after each one. Pure.
 */
export function nextRefreshBeat(previous: TRefreshBeat, pageKey: string, dataUpdatedAt: number): TRefreshBeat {
  if (dataUpdatedAt === previous.dataUpdatedAt && pageKey === previous.pageKey) return previous;
  const isRefresh = pageKey === previous.pageKey && dataUpdatedAt > previous.dataUpdatedAt;
  return { pageKey, dataUpdatedAt, count: isRefresh ? previous.count + 1 : previous.count };
}

/** The key of the live dot's element for the page shown (`pageKey`) and its data's time. */
export function useRefreshBeat(pageKey: string, dataUpdatedAt: number): number {
  const [beat, setBeat] = useState<TRefreshBeat>({ pageKey, dataUpdatedAt, count: 0 });
  const next = nextRefreshBeat(beat, pageKey, dataUpdatedAt);
  // Adjusted while rendering (React's pattern for state derived from props): no extra commit.
  if (next !== beat) setBeat(next);
  return next.count;
}
