import type { TAlertMessage, TAlertSubject } from "@/lib/contracts/alerts";
import { toIsoOrNull } from "@/lib/server/baselines/baseline-mapper";
import { dateInZone } from "@/lib/server/instances/zoned-date";
import type { TUpstreamAlertMessage } from "./upstream-schemas";

/** Maps ListAlertMessages' messages to the console's contract. Pure. */

function toSubject(wire: TUpstreamAlertMessage, timezone: string): TAlertSubject {
  const sla = wire.SlaAlert;
  const source = wire.Source ?? "";
  const kind: TAlertSubject["kind"] =
    source === "SLA_ALERT" ? "baseline" : source === "REMIND_ALERT" ? "remind" : source === "TOPIC_ALERT" ? "topic" : source.startsWith("NODE_") ? "nodes" : "none";
  return {
    kind,
    baselineId: sla?.BaselineId ?? null,
    baselineName: sla?.BaselineName ?? null,
    bizdate: sla?.Bizdate ? dateInZone(sla.Bizdate, timezone) : null,
    inGroupId: sla?.InGroupId ?? null,
    baselineStatus: sla?.Status ?? null,
    remindId: wire.RemindId ?? null,
    remindName: wire.RemindName ?? null,
    instances: (wire.Instances ?? []).map((instance) => ({ instanceId: instance.InstanceId, nodeId: instance.NodeId ?? null, nodeName: instance.NodeName ?? "", status: instance.Status ?? "" })),
    topics: (wire.Topics ?? []).map((topic) => ({ topicId: topic.TopicId, topicName: topic.TopicName ?? "", topicStatus: topic.TopicStatus ?? "", instanceId: topic.InstanceId ?? null })),
    nodes: (wire.Nodes ?? []).map((node) => ({ nodeId: node.NodeId, nodeName: node.NodeName ?? "", owner: node.Owner ?? "" })),
  };
}

export function toAlertMessage(wire: TUpstreamAlertMessage, timezone: string): TAlertMessage {
  return {
    alertId: wire.AlertId,
    source: wire.Source ?? "",
    sendStatus: wire.AlertMessageStatus ?? "READY_TO_SEND",
    method: wire.AlertMethod ?? "",
    receiver: wire.AlertUser ?? "",
    alertTime: toIsoOrNull(wire.AlertTime),
    title: wire.Title ?? "",
    content: wire.Content ?? "",
    subject: toSubject(wire, timezone),
    deliveries: (wire.Deliveries ?? []).map((delivery) => ({
      method: delivery.Method ?? "",
      receiver: delivery.Receiver ?? "",
      target: delivery.Target ?? "",
      status: delivery.Status ?? "READY_TO_SEND",
      attempts: delivery.Attempts ?? null,
      nextAttemptTime: toIsoOrNull(delivery.NextAttemptTime),
      sentTime: toIsoOrNull(delivery.SentTime),
      lastError: delivery.LastError ?? "",
    })),
  };
}

/** The workspace a message is about, when it says (the engine's ProjectId, else its baseline, instances, topics or nodes). */
export function projectOfAlert(wire: TUpstreamAlertMessage): string | null {
  return wire.ProjectId ?? wire.SlaAlert?.ProjectId ?? wire.Instances?.find((item) => item.ProjectId)?.ProjectId ?? wire.Nodes?.find((item) => item.ProjectId)?.ProjectId ?? null;
}
