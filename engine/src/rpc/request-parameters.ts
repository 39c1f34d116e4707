import type { IncomingMessage } from "node:http";
import { gatewayErrors } from "./gateway-errors";

export type RequestLimits = {
  /** Largest accepted form body, in bytes. */
  maxBodyBytes: number;
  /** Largest accepted parameter value (and name), in UTF-8 bytes. */
  maxValueBytes: number;
};

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { maxBodyBytes: 1024 * 1024, maxValueBytes: 64 * 1024 };

const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

/**
 * The request's parameters: the query string plus, for POST, the form body. A name given twice is
 * refused, because the signature covers one value per name and the caller's intent is unclear.
 */
export async function readRpcParameters(request: IncomingMessage, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): Promise<Record<string, string>> {
  const sources = [new URL(request.url ?? "/", "http://localhost").searchParams];
  const body = await readBody(request, limits.maxBodyBytes);
  if (body.length > 0) {
    const contentType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (contentType !== FORM_CONTENT_TYPE) throw gatewayErrors.invalidParameter("Content-Type", `expected ${FORM_CONTENT_TYPE} for a request body`);
    sources.push(new URLSearchParams(body.toString("utf8")));
  }
  return mergeParameters(sources, limits.maxValueBytes);
}

function mergeParameters(sources: URLSearchParams[], maxValueBytes: number): Record<string, string> {
  const merged = new Map<string, string>();
  for (const source of sources) {
    for (const [name, value] of source) {
      if (merged.has(name)) throw gatewayErrors.invalidParameter(name, "expected the parameter once, it was given more than once");
      if (Buffer.byteLength(name) > maxValueBytes) throw gatewayErrors.invalidParameter(name, `expected a name of at most ${maxValueBytes} bytes`);
      if (Buffer.byteLength(value) > maxValueBytes) throw gatewayErrors.invalidParameter(name, `expected a value of at most ${maxValueBytes} bytes`);
      merged.set(name, value);
    }
  }
  // Object.fromEntries defines own properties, so a parameter named "__proto__" stays a plain value.
  return Object.fromEntries(merged);
}

/**
 * Reads with listeners rather than `for await`: leaving an async iterator early destroys the socket,
 * and the caller must still be able to answer 413. Past the limit the rest is discarded unread.
 */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declaredLength = Number(request.headers["content-length"] ?? 0);
  if (declaredLength > maxBytes) {
    request.resume();
    return Promise.reject(gatewayErrors.requestTooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off("data", onData).off("end", onEnd).off("error", onError);
      request.resume();
      reject(gatewayErrors.requestTooLarge(maxBytes));
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    const onError = (error: Error) => reject(error);
    request.on("data", onData).once("end", onEnd).once("error", onError);
  });
}
