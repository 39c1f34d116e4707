import { createHash, createHmac } from "node:crypto";
import { percentEncodeRfc3986 } from "./rpc-signature";

/**
 * Huawei Cloud AK/SK request signing (SDK-HMAC-SHA256), as used by DLI and DRS:
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
 *   StringToSign     = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(sha256(CanonicalRequest))
 *   Signature        = hex(hmac-sha256(SK, StringToSign))
 *   Authorization    = SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b;c, Signature=…
 *
 * The key is the SK itself (no derived key), and the canonical URI always ends with "/".
 */

export const HUAWEI_SIGNING_ALGORITHM = "SDK-HMAC-SHA256";
export const SDK_DATE_HEADER = "X-Sdk-Date";

/** `YYYYMMDDTHHMMSSZ` in UTC, the X-Sdk-Date format. */
export function formatSdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** The path with each segment decoded then RFC 3986-encoded, and a trailing "/" added when missing. */
export function canonicalUri(path: string): string {
  const encoded = path
    .split("/")
    .map((segment) => percentEncodeRfc3986(safeDecode(segment)))
    .join("/");
  const rooted = encoded.startsWith("/") ? encoded : `/${encoded}`;
  return rooted.endsWith("/") ? rooted : `${rooted}/`;
}

/** Query pairs encoded, sorted by name then value, joined by `&`; a name without value keeps its `=`. */
export function canonicalQuery(searchParams: URLSearchParams): string {
  const pairs = [...searchParams.entries()].map(([name, value]) => [percentEncodeRfc3986(name), percentEncodeRfc3986(value)] as const);
  pairs.sort(([leftName, leftValue], [rightName, rightValue]) => compare(leftName, rightName) || compare(leftValue, rightValue));
  return pairs.map(([name, value]) => `${name}=${value}`).join("&");
}

export type HuaweiCanonicalInput = {
  method: string;
  url: URL;
  /** Header names in any case; only those named in signedHeaders are used. */
  headers: Readonly<Record<string, string>>;
  /** Lower-case names, sorted. */
  signedHeaders: readonly string[];
  body: string;
};

export function buildCanonicalRequest(input: HuaweiCanonicalInput): string {
  const byLowerName = new Map(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const canonicalHeaders = input.signedHeaders.map((name) => `${name}:${(byLowerName.get(name) ?? "").trim()}\n`).join("");
  return [
    input.method.toUpperCase(),
    canonicalUri(input.url.pathname),
    canonicalQuery(input.url.searchParams),
    canonicalHeaders,
    input.signedHeaders.join(";"),
    sha256Hex(input.body),
  ].join("\n");
}

export function buildStringToSign(sdkDate: string, canonicalRequest: string): string {
  return `${HUAWEI_SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonicalRequest)}`;
}

export function computeHuaweiSignature(secretKey: string, stringToSign: string): string {
  return createHmac("sha256", secretKey).update(stringToSign, "utf8").digest("hex");
}

export type SignHuaweiRequestInput = {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: URL;
  /** Extra headers to send and sign (e.g. content-type, X-Project-Id). Host and X-Sdk-Date are added. */
  headers?: Readonly<Record<string, string>>;
  body?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** For tests; now otherwise. */
  now?: Date;
};

/** The headers to send: the given ones plus Host, X-Sdk-Date and Authorization. */
export function signHuaweiRequest(input: SignHuaweiRequestInput): Record<string, string> {
  const sdkDate = formatSdkDate(input.now ?? new Date());
  const headers: Record<string, string> = { ...input.headers, host: input.url.host, [SDK_DATE_HEADER]: sdkDate };
  const signedHeaders = Object.keys(headers)
    .map((name) => name.toLowerCase())
    .sort(compare);
  const canonical = buildCanonicalRequest({ method: input.method, url: input.url, headers, signedHeaders, body: input.body ?? "" });
  const signature = computeHuaweiSignature(input.secretAccessKey, buildStringToSign(sdkDate, canonical));
  return {
    ...headers,
    Authorization: `${HUAWEI_SIGNING_ALGORITHM} Access=${input.accessKeyId}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`,
  };
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
