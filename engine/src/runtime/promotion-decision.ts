import { outcomeAtScheduling, type TaskType } from "../model/status";

export const FROZEN_MESSAGE = "frozen node: set to failure without running";

export type DueDecision = "runInSlot" | "succeed" | "fail";

/** What scheduling does with a due instance (spec §3.2): VIRTUAL nodes succeed at once, without a slot. Pure. */
export function decideAtDueTime(row: { taskType: TaskType; isVirtual: boolean }): DueDecision {
  const outcome = outcomeAtScheduling(row.taskType);
  if (outcome === "fail") return "fail";
  if (outcome === "succeed" || row.isVirtual) return "succeed";
  return "runInSlot";
}
