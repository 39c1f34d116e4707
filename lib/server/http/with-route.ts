import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { roleAllows, type TRole } from "@/lib/contracts/auth";
import type { TApiIssue } from "@/lib/contracts/common";
import type { TActor } from "@/lib/server/auth/actor";
import { getActorFromRequest } from "@/lib/server/auth/get-actor";
import { ApiError } from "./api-error";
import { isMutatingMethod, isSameOrigin } from "./request-meta";

/** Request bodies beyond this are refused before parsing (bulk actions carry a few thousand IDs at most). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

type RouteAuth = "public" | TRole;
type AnySchema = z.ZodType;
// Tuple-wrapped so an absent schema (`ZodType | undefined`) falls back instead of distributing.
type Out<S, Fallback> = [S] extends [z.ZodType] ? z.output<S> : Fallback;

export type RouteSchemas = {
  params?: AnySchema;
  query?: AnySchema;
  body?: AnySchema;
  response?: AnySchema;
};

export type RouteContext<S extends RouteSchemas, A extends RouteAuth> = {
  params: Out<S["params"], Record<string, string | string[]>>;
  query: Out<S["query"], Record<string, string | string[]>>;
  body: Out<S["body"], undefined>;
  actor: A extends "public" ? TActor | null : TActor;
  request: Request;
  requestId: string;
  /** Headers added to the response (e.g. Set-Cookie from login). */
  responseHeaders: Headers;
};

type RouteConfig<S extends RouteSchemas, A extends RouteAuth, T> = {
  auth: A;
  schemas?: S;
  /** HTTP status of a success; 200 unless a route creates something. */
  successStatus?: number;
  handler: (context: RouteContext<S, A>) => Promise<[S["response"]] extends [z.ZodType] ? z.input<S["response"]> : T>;
};

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * Wraps a route handler: request id, same-origin check on mutations, session and role, zod
 * validation of params / query / body (→ 422 with issues) and of the response, and one error body
 * `{ error: { code, message, issues?, requestId } }`. Unknown errors are logged and answered as a generic 500.
 */
export function withRoute<S extends RouteSchemas, A extends RouteAuth, T = unknown>(config: RouteConfig<S, A, T>) {
  return async function routeHandler(request: Request, context?: NextRouteContext): Promise<Response> {
    const requestId = randomUUID();
    try {
      if (isMutatingMethod(request.method) && !isSameOrigin(request)) {
        throw new ApiError("BAD_ORIGIN", "This request did not come from a Nightshift page. Reload the page and try again.");
      }
      const actor = await getActorFromRequest(request);
      if (config.auth !== "public") {
        if (!actor) throw new ApiError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
        if (!roleAllows(actor.role, config.auth)) {
          throw new ApiError("FORBIDDEN", `This needs the ${config.auth} role; you are signed in as ${actor.role}.`);
        }
      }
      const rawParams = Object.fromEntries(
        Object.entries((await context?.params) ?? {}).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined),
      );
      const params = parsePart("params", config.schemas?.params, rawParams);
      const query = parsePart("query", config.schemas?.query, searchParamsToObject(new URL(request.url).searchParams));
      const body = config.schemas?.body ? parsePart("body", config.schemas.body, await readJsonBody(request)) : undefined;
      const responseHeaders = new Headers();
      const result = await config.handler({ params, query, body, actor, request, requestId, responseHeaders } as RouteContext<S, A>);
      const data = config.schemas?.response ? parseResponse(config.schemas.response, result, requestId) : result;
      return jsonResponse({ data }, config.successStatus ?? 200, requestId, responseHeaders);
    } catch (error) {
      return errorResponse(error, requestId, request);
    }
  };
}

/** Repeated keys become arrays (`?status=A&status=B`); single keys stay strings. */
export function searchParamsToObject(searchParams: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    result[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return result;
}

/** zod issues as `{ path, message }`, the path dotted within its part ("body" when the whole part is wrong). */
export function toApiIssues(part: string, error: z.ZodError): TApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join(".") : part,
    message: issue.message,
  }));
}

function parsePart(part: "params" | "query" | "body", schema: AnySchema | undefined, value: unknown): never | unknown {
  if (!schema) return value;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = toApiIssues(part, parsed.error);
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : "invalid";
  throw new ApiError("VALIDATION_FAILED", `The request ${part} is not valid (${summary}).`, { issues });
}

async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const text = await readTextUpTo(request, MAX_JSON_BODY_BYTES);
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("VALIDATION_FAILED", "The request body is not valid JSON.", { issues: [{ path: "body", message: "not valid JSON" }] });
  }
}

function tooLarge(): ApiError {
  return new ApiError("VALIDATION_FAILED", `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KiB.`, {
    status: 413,
    issues: [{ path: "body", message: "too large" }],
  });
}

/** Reads the body as text, stopping as soon as it exceeds the limit (a missing Content-Length cannot bypass it). */
async function readTextUpTo(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function parseResponse(schema: AnySchema, value: unknown, requestId: string): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Our own bug, not the caller's: log the shape problem, answer a generic 500.
  console.error(`[console] ${requestId} response failed its schema`, parsed.error.issues.slice(0, 5));
  throw new Error("response failed its schema");
}

function jsonResponse(payload: unknown, status: number, requestId: string, extraHeaders?: Headers): Response {
  const headers = new Headers(extraHeaders);
  headers.set("content-type", "application/json; charset=utf-8");
  headers.set("cache-control", "no-store");
  headers.set("x-request-id", requestId);
  // bigint cannot be JSON-encoded; IDs should already be strings, this keeps a stray one exact.
  const text = JSON.stringify(payload, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return new Response(text, { status, headers });
}

function errorResponse(error: unknown, requestId: string, request: Request): Response {
  if (error instanceof ApiError) {
    const body = { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}), requestId };
    return jsonResponse({ error: body }, error.status, requestId);
  }
  const where = `${request.method} ${new URL(request.url).pathname}`;
  console.error(`[console] ${requestId} ${where} failed:`, error);
  return jsonResponse(
    { error: { code: "INTERNAL", message: "Something went wrong on the Nightshift server. Try again; if it persists, give the administrator this request id.", requestId } },
    500,
    requestId,
  );
}
