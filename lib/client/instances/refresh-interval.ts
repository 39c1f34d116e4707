import { UNFINISHED_STATUSES, type TInstanceStatus } from "@/lib/contracts/instances";

export const FAST_REFRESH_MS = 5_000;
export const SLOW_REFRESH_MS = 60_000;

/** Poll every 5 s while any shown instance may still change (waiting or running), else every minute. */
export function instanceListRefreshMs(items: readonly { status: TInstanceStatus }[] | undefined): number {
  if (!items) return SLOW_REFRESH_MS;
  return items.some((item) => UNFINISHED_STATUSES.includes(item.status)) ? FAST_REFRESH_MS : SLOW_REFRESH_MS;
}
