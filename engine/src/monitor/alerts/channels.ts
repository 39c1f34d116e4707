import nodemailer from "nodemailer";
import { webhookAnswerError, webhookPayload, type AlertForDelivery } from "./payloads";
import { DELIVERY_HEADER, dingTalkSignedUrl, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./signing";
import { WEBHOOK_FORMATS, type WebhookFormat } from "./types";

export type SendOutcome = { ok: true } | { ok: false; error: string; permanent?: boolean };

export type DeliveryTarget = { method: string; target: string; format: string; secret: string | undefined };

export type MailSettings = { smtpUrl?: string; from: string };

const WEBHOOK_TIMEOUT_MS = 15_000;

/** POSTs an alert to a webhook in its format, signed when the channel has a secret. */
export async function sendWebhook(target: DeliveryTarget, alert: AlertForDelivery, nowMs: number): Promise<SendOutcome> {
  const format = (WEBHOOK_FORMATS as readonly string[]).includes(target.format) ? (target.format as WebhookFormat) : "json";
  const body = JSON.stringify(webhookPayload(format, alert));
  const timestamp = String(nowMs);
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "user-agent": "nightshift-alerts/1",
    [TIMESTAMP_HEADER]: timestamp,
    [DELIVERY_HEADER]: String(alert.deliveryId),
  };
  if (target.secret) headers[SIGNATURE_HEADER] = signWebhook(target.secret, timestamp, body);
  let url: string;
  try {
    url = format === "dingtalk" && target.secret ? dingTalkSignedUrl(target.target, target.secret, nowMs) : new URL(target.target).toString();
  } catch {
    return { ok: false, error: `invalid webhook URL`, permanent: true };
  }
  try {
    const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS), redirect: "manual" });
    const answer = await response.text().catch(() => "");
    if (response.status < 200 || response.status >= 300) return { ok: false, error: `HTTP ${response.status}${answer ? `: ${answer.slice(0, 200)}` : ""}` };
    const refused = webhookAnswerError(format, answer);
    return refused ? { ok: false, error: refused } : { ok: true };
  } catch (error) {
    return { ok: false, error: describeNetworkError(error) };
  }
}

/** Sends an alert as a plain-text mail over SMTP. */
export async function sendMail(settings: MailSettings, to: string, alert: AlertForDelivery): Promise<SendOutcome> {
  if (!settings.smtpUrl) return { ok: false, error: "no SMTP server configured (NIGHTSHIFT_SMTP_URL)", permanent: true };
  const transport = nodemailer.createTransport(settings.smtpUrl);
  try {
    await transport.sendMail({
      from: settings.from,
      to,
      subject: `[Nightshift] ${alert.title}`,
      text: `${alert.content}\n\nSource: ${alert.source}\nAlert: ${alert.alertId}\nTime: ${new Date(alert.alertTime).toISOString()}\n`,
      headers: { "X-Nightshift-Alert": String(alert.alertId), "X-Nightshift-Delivery": String(alert.deliveryId) },
    });
    return { ok: true };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    // 5xx answers to the recipient are permanent (unknown mailbox); everything else is retried.
    return { ok: false, error: `SMTP: ${(error as Error).message}`, permanent: code !== undefined && code >= 550 && code < 560 };
  } finally {
    transport.close();
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === "TimeoutError") return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ""}`;
  return (error as Error).message ?? String(error);
}
