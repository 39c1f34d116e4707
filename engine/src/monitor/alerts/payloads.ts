import type { WebhookFormat } from "./types";

/** What a channel needs to know about an alert to render it. */
export type AlertForDelivery = {
  alertId: number;
  deliveryId: number;
  source: string;
  projectId: string;
  title: string;
  content: string;
  alertTime: number;
  links: { baselineId?: string; topicId?: string; remindId?: number; remindName?: string; instanceId?: string; nodeId?: string };
  details: unknown;
};

/**
 * The JSON body for each webhook format. `json` is Nightshift's own, stable schema (documented in
 * docs/monitoring.md); the others are the text messages that DingTalk, Lark, WeCom and Slack
 * incoming webhooks accept.
 */
export function webhookPayload(format: WebhookFormat, alert: AlertForDelivery): unknown {
  const text = `${alert.title}\n${alert.content}\n(${alert.source}, alert ${alert.alertId}, ${new Date(alert.alertTime).toISOString()})`;
  switch (format) {
    case "json":
      return {
        type: "nightshift.alert",
        version: 1,
        alertId: alert.alertId,
        deliveryId: alert.deliveryId,
        source: alert.source,
        projectId: alert.projectId,
        title: alert.title,
        content: alert.content,
        alertTime: alert.alertTime,
        alertTimeIso: new Date(alert.alertTime).toISOString(),
        links: alert.links,
        details: alert.details,
      };
    case "dingtalk":
      return { msgtype: "markdown", markdown: { title: alert.title, text: `#### ${escapeMarkdown(alert.title)}\n\n${escapeMarkdown(alert.content)}\n\n> ${alert.source} · alert ${alert.alertId}` } };
    case "lark":
      return { msg_type: "text", content: { text } };
    case "wecom":
      return { msgtype: "text", text: { content: text } };
    case "slack":
      return { text: `*${escapeSlack(alert.title)}*\n${escapeSlack(alert.content)}\n_${alert.source} · alert ${alert.alertId}_` };
  }
}

/**
 * Whether a 2xx answer really means delivered: DingTalk and WeCom answer `errcode` 0, Lark `code`
 * (or `StatusCode`) 0; a non-zero value is a failure with their message.
 */
export function webhookAnswerError(format: WebhookFormat, body: string): string | null {
  if (format === "json" || format === "slack") return null;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return null;
  }
  const code = parsed.errcode ?? parsed.code ?? parsed.StatusCode;
  if (code === undefined || code === 0 || code === "0") return null;
  const message = parsed.errmsg ?? parsed.msg ?? parsed.StatusMessage ?? "";
  return `${format} answered code ${String(code)}${message ? `: ${String(message)}` : ""}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_#>])/g, "\\$1");
}

function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
