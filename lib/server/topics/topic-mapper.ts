import type { TTopicDetail, TTopicInfluence, TTopicSummary } from "@/lib/contracts/topics";
import { toBaselineStatus, toIsoOrNull } from "@/lib/server/baselines/baseline-mapper";
import { dateInZone } from "@/lib/server/instances/zoned-date";
import type { TUpstreamInfluence, TUpstreamTopic, TUpstreamTopicDetail } from "./upstream-schemas";

/** Maps DataWorks' topic answers to the console's contracts. Pure. */

export function toTopicSummary(wire: TUpstreamTopic): TTopicSummary {
  return {
    topicId: wire.TopicId,
    topicName: wire.TopicName ?? "",
    topicType: wire.TopicType ?? "ERROR",
    topicStatus: wire.TopicStatus ?? "NEW",
    instanceId: wire.InstanceId ?? null,
    nodeId: wire.NodeId ?? null,
    nodeName: wire.NodeName ?? "",
    nodeOwner: wire.NodeOwner ?? "",
    projectId: wire.ProjectId ?? null,
    addTime: toIsoOrNull(wire.AddTime),
    happenTime: toIsoOrNull(wire.HappenTime),
    fixTime: toIsoOrNull(wire.FixTime),
  };
}

export function toTopicInfluence(wire: TUpstreamInfluence, timezone: string): TTopicInfluence {
  return {
    baselineId: wire.BaselineId,
    baselineName: wire.BaselineName ?? "",
    bizdate: wire.Bizdate ? dateInZone(wire.Bizdate, timezone) : null,
    inGroupId: wire.InGroupId ?? 1,
    owner: wire.Owner ?? "",
    priority: wire.Priority ?? null,
    status: wire.Status ? toBaselineStatus(wire.Status) : "SAFE",
    bufferSeconds: wire.Buffer ?? null,
  };
}

export function toTopicDetail(wire: TUpstreamTopicDetail, influences: readonly TUpstreamInfluence[], timezone: string): TTopicDetail {
  return {
    ...toTopicSummary(wire),
    nodeOwner: wire.NodeOwner ?? wire.Owner ?? "",
    owner: wire.Owner ?? "",
    assigner: wire.Assigner ?? "",
    dealUser: wire.DealUser ?? "",
    dealTime: toIsoOrNull(wire.DealTime),
    dealNote: wire.DealNote ?? wire.Note ?? "",
    alertTime: toIsoOrNull(wire.AlertTime),
    nextAlertTime: toIsoOrNull(wire.NextAlertTime),
    bufferSeconds: wire.Buffer ?? null,
    // The most threatened first.
    influences: influences.map((item) => toTopicInfluence(item, timezone)).sort((a, b) => (a.bufferSeconds ?? Infinity) - (b.bufferSeconds ?? Infinity)),
    timezone,
  };
}
