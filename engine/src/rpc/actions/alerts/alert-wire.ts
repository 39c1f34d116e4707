import type { AlertDetails } from "../../../monitor/alerts/types";
import type { AlertMessageRecord } from "../../../store/queries/alerts/alert-messages";

function parseDetails(text: string): AlertDetails {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as AlertDetails) : {};
  } catch {
    return {};
  }
}

const big = (text: string) => (/^\d{1,19}$/.test(text) ? BigInt(text) : text);

/**
 * An alert message as ListAlertMessages returns it (spec §3.1). One message per raised alert:
 * AlertUser lists its receivers comma-separated and AlertMethod is its first channel. Extensions:
 * ProjectId, Title, and Deliveries (each channel target's own status, attempts and last error).
 */
export function toAlertMessageWire(record: AlertMessageRecord) {
  const details = parseDetails(record.details);
  const firstMethod = record.methods[0] ?? record.deliveries[0]?.method ?? "";
  return {
    AlertId: record.id,
    AlertMessageStatus: record.status,
    AlertMethod: firstMethod,
    AlertTime: record.alertTime,
    AlertUser: record.users.join(","),
    Content: record.content,
    Source: record.source,
    RemindId: record.remindId ?? undefined,
    RemindName: record.remindId !== null ? record.remindName : undefined,
    Instances: record.source === "REMIND_ALERT" ? (details.instances ?? []).map((item) => ({ InstanceId: big(item.instanceId), NodeId: big(item.nodeId), NodeName: item.nodeName, ProjectId: big(item.projectId), Status: item.status })) : [],
    Nodes: (details.nodes ?? []).map((item) => ({ NodeId: big(item.nodeId), NodeName: item.nodeName, Owner: item.owner, ProjectId: big(item.projectId) })),
    Topics: (details.topics ?? []).map((item) => ({ TopicId: big(item.topicId), TopicName: item.topicName, TopicOwner: item.topicOwner, TopicStatus: item.topicStatus, InstanceId: big(item.instanceId), NodeId: big(item.nodeId) })),
    SlaAlert: details.slaAlert
      ? {
          BaselineId: big(details.slaAlert.baselineId),
          BaselineName: details.slaAlert.baselineName,
          BaselineOwner: details.slaAlert.baselineOwner,
          Bizdate: details.slaAlert.bizdate,
          InGroupId: details.slaAlert.inGroupId,
          ProjectId: big(details.slaAlert.projectId),
          Status: details.slaAlert.status,
        }
      : undefined,
    ProjectId: record.projectId,
    Title: record.title,
    Deliveries: record.deliveries.map((delivery) => ({
      DeliveryId: delivery.id,
      Method: delivery.method,
      Receiver: delivery.receiver,
      // Webhook URLs may carry tokens (DingTalk access_token): only scheme, host and path are shown.
      Target: delivery.method === "MAIL" ? delivery.target : redactUrl(delivery.target),
      Format: delivery.format,
      Status: delivery.status,
      Attempts: delivery.attempts,
      NextAttemptTime: delivery.status === "READY_TO_SEND" ? delivery.nextAttemptAt : undefined,
      SentTime: delivery.sentAt ?? undefined,
      LastError: delivery.lastError,
    })),
  };
}

export function redactUrl(text: string): string {
  try {
    const url = new URL(text);
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? "?…" : ""}`;
  } catch {
    return text ? "(invalid URL)" : "";
  }
}
