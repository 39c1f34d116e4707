import type { TStatusCounts } from "@/lib/contracts/dags";
import type { TInstanceStatus } from "@/lib/contracts/instances";

/** Bar order: done first (success, failure), then work in progress, then what still waits. */
const BAR_ORDER: readonly TInstanceStatus[] = ["SUCCESS", "FAILURE", "RUNNING", "CHECKING", "CHECKING_CONDITION", "WAIT_RESOURCE", "WAIT_TIME", "NOT_RUN"];

export type TProgressSegment = { status: TInstanceStatus; count: number; percent: number };

/** The statuses present, in bar order, with their share of the whole (0–100). Pure. */
export function progressSegments(counts: TStatusCounts): TProgressSegment[] {
  const total = BAR_ORDER.reduce((sum, status) => sum + counts[status], 0);
  if (total === 0) return [];
  return BAR_ORDER.filter((status) => counts[status] > 0).map((status) => ({ status, count: counts[status], percent: (counts[status] / total) * 100 }));
}

/** Elapsed time of a DAG's work: first start to last finish, or to now while it is not done. */
export function elapsedMs(startedAt: string | null, finishedAt: string | null, now: number): number | null {
  if (startedAt === null) return null;
  return Math.max(0, (finishedAt === null ? now : Date.parse(finishedAt)) - Date.parse(startedAt));
}
