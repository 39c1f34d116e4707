import type { TDagProgress, TStatusCounts } from "@/lib/contracts/dags";
import { INSTANCE_STATUSES, type TInstanceStatus } from "@/lib/contracts/instances";

type TProgressInstance = { status: TInstanceStatus; isSuspended: boolean; beginRunningTime: string | null; finishTime: string | null };

/**
 * Counts by status, the share finished, and when the work started (first start) and — once
 * nothing is left to run — finished (last finish). Pure.
 */
export function summarizeProgress(instances: readonly TProgressInstance[], isCapped: boolean): TDagProgress {
  const counts = Object.fromEntries(INSTANCE_STATUSES.map((status) => [status, 0])) as TStatusCounts;
  let suspended = 0;
  let startedAt: string | null = null;
  let lastFinish: string | null = null;
  for (const instance of instances) {
    counts[instance.status] += 1;
    if (instance.isSuspended) suspended += 1;
    if (instance.beginRunningTime !== null && (startedAt === null || instance.beginRunningTime < startedAt)) startedAt = instance.beginRunningTime;
    if (instance.finishTime !== null && (lastFinish === null || instance.finishTime > lastFinish)) lastFinish = instance.finishTime;
  }
  const total = instances.length;
  const finished = counts.SUCCESS + counts.FAILURE;
  return {
    counts,
    total,
    finished,
    percentDone: total === 0 ? 0 : Math.round((finished / total) * 1000) / 10,
    suspended,
    startedAt,
    finishedAt: total > 0 && finished === total ? lastFinish : null,
    isCapped,
  };
}
