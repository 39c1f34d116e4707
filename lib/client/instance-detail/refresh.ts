import { UNFINISHED_STATUSES, type TInstanceStatus } from "@/lib/contracts/instances";

/** The log is tailed this often while the instance may still write to it. */
export const LOG_TAIL_MS = 2_000;
/** The instance's own facts refresh this often while it has not finished, else once a minute. */
export const UNFINISHED_REFRESH_MS = 5_000;
export const FINISHED_REFRESH_MS = 60_000;

export function isUnfinished(status: TInstanceStatus | undefined): boolean {
  return status !== undefined && UNFINISHED_STATUSES.includes(status);
}

/** How often to refresh a query about an instance with this status (false: not while finished, for the log). */
export function detailRefreshMs(status: TInstanceStatus | undefined): number {
  return isUnfinished(status) ? UNFINISHED_REFRESH_MS : FINISHED_REFRESH_MS;
}

export function logTailMs(status: TInstanceStatus | undefined): number | false {
  return status === undefined || isUnfinished(status) ? LOG_TAIL_MS : false;
}
