import type { TInstanceStatus } from "@/lib/contracts/instances";
import type { TDailyAmount, TFailingNode, TNodeTypeCount, TSlowNode, TStatusCounts, TSuccessTrend } from "@/lib/contracts/stats";
import { dateInZone } from "@/lib/server/instances/zoned-date";
import type { TElapsedRankAnswer, TErrorRankAnswer, TFileTypeAnswer, TInstanceAmountAnswer, TStatusStatisticAnswer, TSuccessAmountAnswer } from "./overview-wire";
import { programTypeName } from "./program-types";

/** Wire → contract for each part of the overview. Pure. */

export function toStatusCounts(answer: TStatusStatisticAnswer): TStatusCounts {
  const wire = answer.StatusCount;
  const byStatus: Record<TInstanceStatus, number> = {
    NOT_RUN: wire.NotRunCount ?? 0,
    WAIT_TIME: wire.WaitTimeCount ?? 0,
    WAIT_RESOURCE: wire.WaitResCount ?? 0,
    RUNNING: wire.RunningCount ?? 0,
    CHECKING: wire.CheckingCount ?? 0,
    CHECKING_CONDITION: wire.CheckingConditionCount ?? 0,
    FAILURE: wire.FailureCount ?? 0,
    SUCCESS: wire.SuccessCount ?? 0,
  };
  return { total: wire.TotalCount, byStatus };
}

export function toSuccessTrend(answer: TSuccessAmountAnswer): TSuccessTrend {
  const points = (trend: { TimePoint: string; Count: number }[] | null | undefined) =>
    (trend ?? []).filter((point) => /^\d{2}:\d{2}$/.test(point.TimePoint)).map((point) => ({ time: point.TimePoint, count: point.Count }));
  const trend = answer.InstanceStatusTrend;
  return { today: points(trend.TodayTrend), yesterday: points(trend.YesterdayTrend), average: points(trend.AvgTrend) };
}

export function toDailyAmounts(answer: TInstanceAmountAnswer, timezone: string): TDailyAmount[] {
  return (answer.InstanceCounts ?? []).map((entry) => ({ bizdate: dateInZone(entry.Date, timezone), count: entry.Count })).sort((left, right) => left.bizdate.localeCompare(right.bizdate));
}

export function toSlowNodes(answer: TElapsedRankAnswer, timezone: string): TSlowNode[] {
  return (answer.InstanceConsumeTimeRank.ConsumeTimeRank ?? [])
    .map((entry) => ({
      nodeId: entry.NodeId,
      nodeName: entry.NodeName ?? "",
      owner: entry.Owner ?? "",
      programType: entry.ProgramType === null || entry.ProgramType === undefined ? "" : programTypeName(entry.ProgramType),
      instanceId: entry.InstanceId,
      bizdate: dateInZone(entry.BusinessDate, timezone),
      consumedSeconds: Math.round(entry.Consumed),
    }))
    .sort((left, right) => right.consumedSeconds - left.consumedSeconds)
    .slice(0, 10);
}

export function toFailingNodes(answer: TErrorRankAnswer): TFailingNode[] {
  return (answer.InstanceErrorRank.ErrorRank ?? [])
    .map((entry) => ({
      nodeId: entry.NodeId,
      nodeName: entry.NodeName ?? "",
      owner: entry.Owner ?? "",
      programType: entry.ProgramType === null || entry.ProgramType === undefined ? "" : programTypeName(entry.ProgramType),
      failures: entry.Count,
    }))
    .sort((left, right) => right.failures - left.failures)
    .slice(0, 10);
}

export function toNodeTypeCounts(answer: TFileTypeAnswer): TNodeTypeCount[] {
  return (answer.ProgramTypeAndCounts ?? [])
    .map((entry) => ({ programType: typeof entry.ProgramType === "number" ? programTypeName(entry.ProgramType) : entry.ProgramType, count: entry.Count }))
    .filter((entry) => entry.count > 0)
    .sort((left, right) => right.count - left.count || left.programType.localeCompare(right.programType));
}
