/** While something can still change, the board and the key path refresh this often. */
export const LIVE_REFRESH_MS = 5_000;
/** Once everything shown has finished. */
export const IDLE_REFRESH_MS = 60_000;

/** Poll fast while any baseline instance shown is unfinished, else once a minute. */
export function baselineRefreshMs(items: readonly { finishStatus: string }[] | undefined): number {
  if (!items) return IDLE_REFRESH_MS;
  return items.some((item) => item.finishStatus !== "FINISH") ? LIVE_REFRESH_MS : IDLE_REFRESH_MS;
}
