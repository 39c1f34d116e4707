import crypto from "node:crypto";
import { stringToSign, type RpcParameters } from "./canonical";

export const RPC_API_VERSION = "2020-05-18";
export const RPC_SIGNATURE_METHOD = "HMAC-SHA1";
export const RPC_SIGNATURE_VERSION = "1.0";

/** Signature v1: HMAC-SHA1 of the string to sign, keyed with `secret + "&"`, base64. */
export function computeRpcSignature(method: string, params: RpcParameters, secret: string): string {
  return crypto.createHmac("sha1", `${secret}&`).update(stringToSign(method, params), "utf8").digest("base64");
}

/** Returns the parameters with their `Signature` added (any `Signature` given is replaced). */
export function signRpcParameters(method: string, params: RpcParameters, secret: string): Record<string, string> {
  const { Signature: _ignored, ...unsigned } = params;
  return { ...unsigned, Signature: computeRpcSignature(method, unsigned, secret) };
}

/** Constant-time comparison, so a caller cannot learn the expected signature byte by byte. */
export function signaturesMatch(expected: string, provided: string): boolean {
  const expectedBytes = Buffer.from(expected, "utf8");
  const providedBytes = Buffer.from(provided, "utf8");
  return expectedBytes.length === providedBytes.length && crypto.timingSafeEqual(expectedBytes, providedBytes);
}

/** `YYYY-MM-DDThh:mm:ssZ` in UTC, the only Timestamp form the endpoint accepts. */
export function formatRpcTimestamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

export type SignedRequestInput = {
  method: "GET" | "POST";
  action: string;
  params?: RpcParameters;
  accessKeyId: string;
  accessKeySecret: string;
  now?: number;
  nonce?: string;
};

/** The complete, signed parameter set of one call, ready for `encodeRpcQuery` (a client of our own, and tests). */
export function createSignedRpcParameters(input: SignedRequestInput): Record<string, string> {
  const common: Record<string, string> = {
    Action: input.action,
    Format: "JSON",
    Version: RPC_API_VERSION,
    AccessKeyId: input.accessKeyId,
    SignatureMethod: RPC_SIGNATURE_METHOD,
    SignatureVersion: RPC_SIGNATURE_VERSION,
    SignatureNonce: input.nonce ?? crypto.randomUUID(),
    Timestamp: formatRpcTimestamp(input.now ?? Date.now()),
  };
  return signRpcParameters(input.method, { ...common, ...input.params }, input.accessKeySecret);
}
