import { gatewayErrors } from "./gateway-errors";
import { RPC_API_VERSION, RPC_SIGNATURE_METHOD, RPC_SIGNATURE_VERSION } from "./signature";

/** The signed common parameters of one RPC call, checked for presence and form (not yet authenticated). */
export type CommonParameters = {
  action: string;
  accessKeyId: string;
  signature: string;
  signatureNonce: string;
  timestampMs: number;
  regionId: string | undefined;
};

/** Parameters that belong to the protocol, not to any action; actions never see them. */
export const PROTOCOL_PARAMETER_NAMES: ReadonlySet<string> = new Set([
  "Action",
  "Format",
  "Version",
  "AccessKeyId",
  "Signature",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "SignatureType",
  "Timestamp",
  "SecurityToken",
]);

const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** Epoch ms of a `YYYY-MM-DDThh:mm:ssZ` timestamp, or null if it is not one (or not a real instant). */
export function parseRpcTimestamp(text: string): number | null {
  const match = TIMESTAMP_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(epochMs);
  const isRealInstant =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return isRealInstant ? epochMs : null;
}

function required(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined || value === "") throw gatewayErrors.missingParameter(name);
  return value;
}

/**
 * Checks the common parameters' presence and form. `Format` may be omitted or JSON (any case); XML
 * is refused with InvalidParameter rather than answered in a format the caller did not ask for.
 */
export function readCommonParameters(params: Record<string, string>): CommonParameters {
  const version = required(params, "Version");
  if (version !== RPC_API_VERSION) throw gatewayErrors.invalidVersion(RPC_API_VERSION);
  const action = required(params, "Action");
  const format = params.Format;
  if (format !== undefined && format.toUpperCase() !== "JSON") throw gatewayErrors.invalidParameter("Format", "expected JSON (this endpoint does not answer XML)");
  const accessKeyId = required(params, "AccessKeyId");
  const signature = params.Signature;
  if (signature === undefined || signature === "") throw gatewayErrors.missingSignature();
  if (required(params, "SignatureMethod") !== RPC_SIGNATURE_METHOD) throw gatewayErrors.incompleteSignature("SignatureMethod", RPC_SIGNATURE_METHOD);
  if (required(params, "SignatureVersion") !== RPC_SIGNATURE_VERSION) throw gatewayErrors.incompleteSignature("SignatureVersion", RPC_SIGNATURE_VERSION);
  const signatureNonce = required(params, "SignatureNonce");
  const timestampMs = parseRpcTimestamp(required(params, "Timestamp"));
  if (timestampMs === null) throw gatewayErrors.timestampFormat();
  return { action, accessKeyId, signature, signatureNonce, timestampMs, regionId: params.RegionId };
}
