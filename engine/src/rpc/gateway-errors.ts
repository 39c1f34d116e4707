/**
 * Errors the gateway itself answers (before or around an action), in Alibaba Cloud's common error
 * body `{ RequestId, HostId, Code, Message, Recommend }`. Codes and wording follow Alibaba's gateway.
 */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = "GatewayError";
  }
}

export type GatewayErrorBody = { RequestId: string; HostId: string; Code: string; Message: string; Recommend: string };

const MAX_ECHOED_NAME_LENGTH = 128;

/** Parameter names come from the caller; quote them, but never a whole 64 KiB of them. */
function quoteName(name: string): string {
  const shortened = name.length > MAX_ECHOED_NAME_LENGTH ? `${name.slice(0, MAX_ECHOED_NAME_LENGTH)}…` : name;
  return JSON.stringify(shortened);
}

export const gatewayErrors = {
  missingParameter: (name: string) =>
    new GatewayError("MissingParameter", `The input parameter ${quoteName(name)} that is mandatory for processing this request is not supplied.`, 400),
  invalidParameter: (name: string, expected: string) =>
    new GatewayError("InvalidParameter", `The specified parameter ${quoteName(name)} is not valid: ${expected}.`, 400),
  missingSignature: () =>
    new GatewayError("MissingSignature", 'The input parameter "Signature" that is mandatory for processing this request is not supplied.', 400),
  incompleteSignature: (name: string, expected: string) =>
    new GatewayError("IncompleteSignature", `The request signature does not conform to Aliyun standards: ${name} must be ${expected}.`, 400),
  signatureDoesNotMatch: (serverStringToSign: string) =>
    new GatewayError("SignatureDoesNotMatch", `Specified signature is not matched with our calculation. server string to sign is:${serverStringToSign}`, 400),
  accessKeyNotFound: () => new GatewayError("InvalidAccessKeyId.NotFound", "Specified access key is not found.", 404),
  nonceUsed: () => new GatewayError("SignatureNonceUsed", "Specified signature nonce was used already.", 400),
  timestampExpired: (maxSkewSeconds: number) =>
    new GatewayError(
      "InvalidTimeStamp.Expired",
      `Specified time stamp or date value is expired: Timestamp must be within ${maxSkewSeconds} seconds of the server's time.`,
      400,
    ),
  timestampFormat: () =>
    new GatewayError("InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted: expected YYYY-MM-DDThh:mm:ssZ in UTC.", 400),
  invalidVersion: (expected: string) => new GatewayError("InvalidVersion", `Specified parameter Version is not valid: expected ${expected}.`, 400),
  actionNotFound: () => new GatewayError("InvalidAction.NotFound", "Specified api is not found, please check your url and method.", 404),
  unsupportedMethod: (method: string) =>
    new GatewayError("UnsupportedHTTPMethod", `This http method is not supported: ${quoteName(method)}; use GET or POST.`, 405),
  throttledByQps: () => new GatewayError("Throttling.Api", "The request for this resource has exceeded your available limit.", 429),
  throttledByDailyLimit: () => new GatewayError("Throttling.Api.Risk", "The request for this resource has exceeded your daily available limit.", 429),
  throttledUser: () => new GatewayError("Throttling.User", "Your request is too frequent. Try again later.", 429),
  requestTooLarge: (maxBytes: number) =>
    new GatewayError("RequestEntityTooLarge", `The request body exceeds the limit of ${maxBytes} bytes.`, 413),
} as const;

/** A diagnosis address for the code; only ever a string in the body, never fetched. */
export function recommendUrl(code: string, requestId: string): string {
  const query = new URLSearchParams({ q: code, product: "dataworks-public", requestId });
  return `https://api.aliyun.com/troubleshoot?${query.toString()}`;
}

export function toGatewayErrorBody(error: GatewayError, requestId: string, hostId: string): GatewayErrorBody {
  return { RequestId: requestId, HostId: hostId, Code: error.code, Message: error.message, Recommend: recommendUrl(error.code, requestId) };
}
