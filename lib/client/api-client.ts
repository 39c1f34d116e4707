import type { z } from "zod";
import { ZApiErrorBody, type TApiIssue } from "@/lib/contracts/common";

/** A failed call to the console's API, with the server's code and message (already written for people). */
export class ApiClientError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: TApiIssue[];
  readonly requestId: string | undefined;

  constructor(input: { code: string; message: string; status: number; issues?: TApiIssue[]; requestId?: string }) {
    super(input.message);
    this.name = "ApiClientError";
    this.code = input.code;
    this.status = input.status;
    this.issues = input.issues ?? [];
    this.requestId = input.requestId;
  }
}

export function isApiClientError(error: unknown): error is ApiClientError {
  return error instanceof ApiClientError;
}

type FetchJsonOptions<T> = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
};

/**
 * The browser's one fetch: same-origin JSON to `app/api/**`, unwraps `{ data }`, and turns every
 * failure (HTTP error, network, bad JSON, schema mismatch) into an ApiClientError.
 */
export async function fetchJson<T>(path: string, options: FetchJsonOptions<T> = {}): Promise<T> {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: { accept: "application/json", ...(options.body === undefined ? {} : { "content-type": "application/json" }) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: "no-store",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiClientError({ code: "NETWORK", message: "The Nightshift server did not answer. Check your connection and that the console is running.", status: 0 });
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ZApiErrorBody.safeParse(payload);
    if (parsed.success) {
      const { code, message, issues, requestId } = parsed.data.error;
      throw new ApiClientError({ code, message, status: response.status, issues, requestId });
    }
    throw new ApiClientError({ code: "HTTP_" + response.status, message: `The server answered ${response.status} ${response.statusText}.`.trim(), status: response.status });
  }
  if (!payload || typeof payload !== "object" || !("data" in payload)) {
    throw new ApiClientError({ code: "BAD_RESPONSE", message: "The server's answer was not understood. Reload the page.", status: response.status });
  }
  const data = (payload as { data: unknown }).data;
  if (!options.schema) return data as T;
  const parsed = options.schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiClientError({ code: "BAD_RESPONSE", message: "The server's answer did not have the expected shape. Reload the page; the console may have been updated.", status: response.status });
  }
  return parsed.data;
}

/** Builds a query string from defined values (arrays repeat the key), for API paths and page links. */
export function toSearchParams(values: Record<string, string | number | boolean | readonly (string | number)[] | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
