/** RPC request parameters as they travel: one string value per name. */
export type RpcParameters = Readonly<Record<string, string>>;

const RFC3986_EXTRA_ESCAPES: Readonly<Record<string, string>> = { "!": "%21", "'": "%27", "(": "%28", ")": "%29", "*": "%2A" };

/**
 * Percent-encodes as Alibaba Cloud's signature v1 requires: RFC 3986 unreserved characters
 * (A–Z a–z 0–9 - _ . ~) are kept, everything else is %XX of its UTF-8 bytes (space is %20, * is %2A).
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => RFC3986_EXTRA_ESCAPES[character] ?? character);
}

/**
 * Names in code-unit order, the order pop-core and the Java SDK sort in; for the ASCII names the API
 * uses this is byte order.
 */
function sortedNames(params: RpcParameters): string[] {
  return Object.keys(params).sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
}

function encodePairs(params: RpcParameters, names: string[]): string {
  return names.map((name) => `${percentEncode(name)}=${percentEncode(params[name] ?? "")}`).join("&");
}

/** The canonical query of signature v1: every parameter except `Signature`, sorted, encoded, joined by `&`. */
export function canonicalQuery(params: RpcParameters): string {
  return encodePairs(
    params,
    sortedNames(params).filter((name) => name !== "Signature"),
  );
}

/** `METHOD&%2F&percentEncode(canonical query)`: the text signature v1 signs. */
export function stringToSign(method: string, params: RpcParameters): string {
  return `${method.toUpperCase()}&${percentEncode("/")}&${percentEncode(canonicalQuery(params))}`;
}

/** All parameters (Signature included) as a query string or form body, in the same encoding. */
export function encodeRpcQuery(params: RpcParameters): string {
  return encodePairs(params, sortedNames(params));
}
