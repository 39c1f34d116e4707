import { ZBaselineStatus, type TBaselineConfig, type TBaselineInstanceRef, type TBaselineInstanceSummary, type TBaselineStatus, type TKeyPathEntry } from "@/lib/contracts/baselines";
import { dateInZone } from "@/lib/server/instances/zoned-date";
import type { TUpstreamBaselineConfig, TUpstreamBaselineStatus, TUpstreamInstanceRef, TUpstreamKeyPathEntry, TUpstreamKeyPathRun } from "./upstream-schemas";

/** Maps DataWorks' baseline answers (PascalCase, epoch ms) to the console's contracts. Pure. */

/** Epoch ms as an ISO instant; DataWorks writes 0 (or nothing) for "not yet". */
export function toIsoOrNull(epochMs: number | null | undefined): string | null {
  return epochMs === null || epochMs === undefined || epochMs <= 0 ? null : new Date(epochMs).toISOString();
}

/** The wire status, with the SDKs' `DANGEROUS` read as DataWorks' `DANGROUS`; anything unknown reads as ERROR. */
export function toBaselineStatus(status: string): TBaselineStatus {
  const normalized = status.trim().toUpperCase() === "DANGEROUS" ? "DANGROUS" : status.trim().toUpperCase();
  const parsed = ZBaselineStatus.safeParse(normalized);
  return parsed.success ? parsed.data : "ERROR";
}

export function toBaselineInstanceSummary(wire: TUpstreamBaselineStatus, timezone: string): TBaselineInstanceSummary {
  const finishTime = toIsoOrNull(wire.FinishTime);
  const finishStatus = wire.FinishStatus === "FINISH" ? "FINISH" : "UNFINISH";
  return {
    baselineId: wire.BaselineId,
    baselineName: wire.BaselineName ?? "",
    projectId: wire.ProjectId ?? null,
    bizdate: dateInZone(wire.Bizdate, timezone),
    inGroupId: wire.InGroupId ?? 1,
    owner: wire.Owner ?? "",
    priority: wire.Priority ?? 1,
    status: toBaselineStatus(wire.Status),
    finishStatus,
    slaTime: toIsoOrNull(wire.SlaTime),
    expTime: toIsoOrNull(wire.ExpTime),
    endCast: toIsoOrNull(wire.EndCast),
    // FinishTime means something only once finished (the spec's examples fill it anyway).
    finishTime: finishStatus === "FINISH" ? finishTime : null,
    bufferSeconds: wire.Buffer ?? null,
  };
}

export function toBaselineInstanceRef(wire: TUpstreamInstanceRef | null | undefined): TBaselineInstanceRef | null {
  if (!wire) return null;
  return {
    instanceId: wire.InstanceId,
    nodeId: wire.NodeId,
    nodeName: wire.NodeName ?? "",
    owner: wire.Owner ?? "",
    status: wire.Status ?? "NOT_RUN",
    endCast: toIsoOrNull(wire.EndCast),
    finishTime: toIsoOrNull(wire.FinishTime),
  };
}

/** The run that describes the instance now: the one of the same instance, else the last listed. */
function currentRun(entry: TUpstreamKeyPathEntry): TUpstreamKeyPathRun | undefined {
  const runs = entry.Runs ?? [];
  return [...runs].reverse().find((run) => run.InstanceId === entry.InstanceId) ?? runs.at(-1);
}

export function toKeyPathEntry(entry: TUpstreamKeyPathEntry): TKeyPathEntry {
  const run = currentRun(entry);
  const beginCast = run?.BeginCast && run.BeginCast > 0 ? run.BeginCast : null;
  const absTime = run?.AbsTime && run.AbsTime > 0 ? run.AbsTime : null;
  return {
    instanceId: entry.InstanceId,
    nodeId: entry.NodeId,
    nodeName: entry.NodeName ?? "",
    owner: entry.Owner ?? "",
    programType: entry.PrgType ?? null,
    inGroupId: entry.InGroupId ?? null,
    status: run?.Status ?? "NOT_RUN",
    cycTime: toIsoOrNull(run?.CycTime),
    beginWaitTimeTime: toIsoOrNull(run?.BeginWaitTimeTime),
    beginWaitResTime: toIsoOrNull(run?.BeginWaitResTime),
    beginRunningTime: toIsoOrNull(run?.BeginRunningTime),
    finishTime: toIsoOrNull(run?.FinishTime),
    beginCast: toIsoOrNull(beginCast),
    endCast: toIsoOrNull(run?.EndCast),
    absTime: toIsoOrNull(absTime),
    usualDurationSeconds: beginCast !== null && absTime !== null && absTime >= beginCast ? Math.round((absTime - beginCast) / 1000) : null,
    topics: (entry.Topics ?? []).map((topic) => ({ topicId: topic.TopicId, topicName: topic.TopicName ?? topic.TopicId, addTime: toIsoOrNull(topic.AddTime) })),
  };
}

function hhmm(hour: number | null | undefined, minute: number | null | undefined): string | null {
  if (hour === null || hour === undefined) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute ?? 0).padStart(2, "0")}`;
}

export function toBaselineConfig(wire: TUpstreamBaselineConfig): TBaselineConfig {
  const isDaily = (wire.BaselineType ?? "DAILY") === "DAILY";
  return {
    baselineId: wire.BaselineId,
    baselineName: wire.BaselineName ?? "",
    baselineType: wire.BaselineType ?? "DAILY",
    owner: wire.Owner ?? "",
    priority: wire.Priority ?? 1,
    isEnabled: wire.UseFlag ?? true,
    commitment: isDaily ? hhmm(wire.SlaHour, wire.SlaMinu) : null,
    alertAt: isDaily ? hhmm(wire.ExpHour, wire.ExpMinu) : null,
  };
}

function referenceTime(entry: TKeyPathEntry): number | null {
  const text = entry.finishTime ?? entry.endCast ?? entry.beginRunningTime ?? entry.beginCast;
  return text === null ? null : Date.parse(text);
}

/**
 * The key path upstream first. DataWorks does not say in which order it lists the path; along a
 * chain every instance ends no earlier than its parent, so a list whose first entry ends after its
 * last is read downstream first and turned round.
 */
export function orderUpstreamFirst(entries: readonly TKeyPathEntry[]): TKeyPathEntry[] {
  const first = entries[0] ? referenceTime(entries[0]) : null;
  const last = entries.at(-1) ? referenceTime(entries.at(-1)!) : null;
  return first !== null && last !== null && first > last ? [...entries].reverse() : [...entries];
}
