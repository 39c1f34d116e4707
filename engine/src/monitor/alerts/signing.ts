import crypto from "node:crypto";

export const SIGNATURE_HEADER = "x-nightshift-signature";
export const TIMESTAMP_HEADER = "x-nightshift-timestamp";
export const DELIVERY_HEADER = "x-nightshift-delivery";

/**
 * The webhook signature: hex HMAC-SHA256, keyed with the channel's secret, over
 * `<timestamp>.<raw body>` where timestamp is the X-Nightshift-Timestamp header (epoch ms).
 * Sent as `X-Nightshift-Signature: sha256=<hex>`.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * What a receiver does: recompute the signature over the raw body, compare in constant time, and
 * refuse timestamps further than `toleranceMs` from its own clock (replays).
 */
export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string, nowMs: number, toleranceMs = 5 * 60_000): boolean {
  if (!/^\d{1,16}$/.test(timestamp) || Math.abs(nowMs - Number(timestamp)) > toleranceMs) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/**
 * DingTalk robots with "additional signature" on expect `timestamp` and `sign` query parameters:
 * base64 HMAC-SHA256 of `<timestamp>\n<secret>` keyed with the secret, URL-encoded.
 */
export function dingTalkSignedUrl(url: string, secret: string, timestampMs: number): string {
  const sign = crypto.createHmac("sha256", secret).update(`${timestampMs}\n${secret}`).digest("base64");
  const target = new URL(url);
  target.searchParams.set("timestamp", String(timestampMs));
  target.searchParams.set("sign", sign);
  return target.toString();
}
