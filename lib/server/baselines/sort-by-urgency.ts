import type { TBaselineInstanceSummary, TBaselineStatus } from "@/lib/contracts/baselines";

/** Breached or broken first, then in danger, then safe; finished instances last whatever they were. */
const STATUS_RANK: Record<TBaselineStatus, number> = { OVER: 0, ERROR: 0, DANGROUS: 1, SAFE: 2 };
const FINISHED_RANK = 3;

export function urgencyRank(item: Pick<TBaselineInstanceSummary, "status" | "finishStatus">): number {
  return item.finishStatus === "FINISH" ? FINISHED_RANK : STATUS_RANK[item.status];
}

/**
 * Sorts baseline instances by urgency: OVER/ERROR, then DANGROUS, then SAFE, then finished; within
 * a rank the smallest buffer first (unknown buffers last), then the higher priority (a larger
 * number in DataWorks), then name and cycle. Pure; answers a new array.
 */
export function sortByUrgency<T extends Pick<TBaselineInstanceSummary, "status" | "finishStatus" | "bufferSeconds" | "priority" | "baselineName" | "inGroupId">>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const rank = urgencyRank(a) - urgencyRank(b);
    if (rank !== 0) return rank;
    const bufferA = a.bufferSeconds ?? Number.POSITIVE_INFINITY;
    const bufferB = b.bufferSeconds ?? Number.POSITIVE_INFINITY;
    if (bufferA !== bufferB) return bufferA < bufferB ? -1 : 1;
    if (a.priority !== b.priority) return b.priority - a.priority;
    return a.baselineName.localeCompare(b.baselineName) || a.inGroupId - b.inGroupId;
  });
}
