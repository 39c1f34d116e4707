import { createHmac, randomUUID } from "node:crypto";

/**
 * Alibaba Cloud RPC signature version 1.0: sort the parameters, percent-encode them per RFC 3986,
 * sign `METHOD&%2F&encode(canonical query)` with HMAC-SHA1 keyed by `secret&`, base64 the digest.
 */

export const DATAWORKS_API_VERSION = "2020-05-18";
export const SIGNATURE_METHOD = "HMAC-SHA1";
export const SIGNATURE_VERSION = "1.0";

/** encodeURIComponent leaves ! ' ( ) * alone; RFC 3986 (and the signature) wants them escaped. */
export function percentEncodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Parameter names in code-unit order (byte order for the ASCII names the API uses). */
function sortedNames(params: Readonly<Record<string, string>>): string[] {
  return Object.keys(params).sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
}

/** `name=value` pairs, encoded and sorted, joined by `&`; `Signature` itself is never part of it. */
export function canonicalizeQuery(params: Readonly<Record<string, string>>): string {
  return sortedNames(params)
    .filter((name) => name !== "Signature")
    .map((name) => `${percentEncodeRfc3986(name)}=${percentEncodeRfc3986(params[name] ?? "")}`)
    .join("&");
}

export function buildStringToSign(method: "GET" | "POST", params: Readonly<Record<string, string>>): string {
  return `${method}&${percentEncodeRfc3986("/")}&${percentEncodeRfc3986(canonicalizeQuery(params))}`;
}

export function computeSignature(method: "GET" | "POST", params: Readonly<Record<string, string>>, accessKeySecret: string): string {
  return createHmac("sha1", `${accessKeySecret}&`).update(buildStringToSign(method, params), "utf8").digest("base64");
}

/** `YYYY-MM-DDThh:mm:ssZ` in UTC: the only Timestamp form the gateway accepts. */
export function formatSignatureTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export type SignRequestInput = {
  method: "GET" | "POST";
  action: string;
  params: Readonly<Record<string, string>>;
  accessKeyId: string;
  accessKeySecret: string;
  regionId: string;
  /** For tests; now otherwise. */
  now?: Date;
  /** For tests; a random UUID otherwise (the gateway refuses a nonce it has seen). */
  nonce?: string;
};

/** Every parameter of one call, common ones included, with its Signature. */
export function signRequestParameters(input: SignRequestInput): Record<string, string> {
  const all: Record<string, string> = {
    ...input.params,
    Action: input.action,
    Format: "JSON",
    Version: DATAWORKS_API_VERSION,
    AccessKeyId: input.accessKeyId,
    SignatureMethod: SIGNATURE_METHOD,
    SignatureVersion: SIGNATURE_VERSION,
    SignatureNonce: input.nonce ?? randomUUID(),
    Timestamp: formatSignatureTimestamp(input.now ?? new Date()),
    RegionId: input.regionId,
  };
  return { ...all, Signature: computeSignature(input.method, all, input.accessKeySecret) };
}

/** The signed parameters as a query string or form body, in the signature's own encoding. */
export function encodeParameters(params: Readonly<Record<string, string>>): string {
  return sortedNames(params)
    .map((name) => `${percentEncodeRfc3986(name)}=${percentEncodeRfc3986(params[name] ?? "")}`)
    .join("&");
}
