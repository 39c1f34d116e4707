import type { TRole } from "@/lib/contracts/auth";
import { SESSION_COOKIE } from "@/lib/server/auth/session-cookie";
import { createSession } from "@/lib/server/auth/sessions";
import { hashPassword } from "@/lib/server/crypto/password";
import { getConsoleDb } from "@/lib/server/db";

/** Where test requests pretend the console runs (never contacted: handlers are called directly). */
export const TEST_CONSOLE_ORIGIN = "http://127.0.0.1:3000";

export type TTestActor = { userId: number; username: string; role: TRole; password: string; token: string; cookie: string };

let userCounter = 0;

/** Creates a user with a role in the installed test database and signs them in. */
export async function createTestActor(role: TRole, options: { username?: string; password?: string } = {}): Promise<TTestActor> {
  const db = await getConsoleDb();
  userCounter += 1;
  const username = options.username ?? `${role}-${process.pid}-${userCounter}`;
  const password = options.password ?? `test-password-${userCounter}-long`;
  // Cheap scrypt cost: tests create many users; the real cost is covered by the password tests.
  const passwordHash = await hashPassword(password, { N: 2 ** 10, r: 8, p: 1 });
  const user = await db.user.create({ data: { username, displayName: username, role, passwordHash } });
  const session = await createSession({ userId: user.id, userAgent: "vitest", ip: "127.0.0.1" });
  return { userId: user.id, username, role, password, token: session.token, cookie: `${SESSION_COOKIE}=${session.token}` };
}

export type TTestRequestOptions = {
  method?: string;
  /** JSON-encoded unless it is already a string. */
  body?: unknown;
  /** An actor (its cookie is sent) or a raw Cookie header. */
  as?: TTestActor | string;
  /** Origin header; defaults to the console's own origin on mutations. null sends none. */
  origin?: string | null;
  headers?: Record<string, string>;
};

/** A real Request for a route handler, same-origin by default. */
export function testRequest(pathAndQuery: string, options: TTestRequestOptions = {}): Request {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  const headers = new Headers(options.headers);
  headers.set("host", new URL(TEST_CONSOLE_ORIGIN).host);
  if (options.as) headers.set("cookie", typeof options.as === "string" ? options.as : options.as.cookie);
  const origin = options.origin === undefined ? (method === "GET" || method === "HEAD" ? null : TEST_CONSOLE_ORIGIN) : options.origin;
  if (origin) headers.set("origin", origin);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  return new Request(new URL(pathAndQuery, TEST_CONSOLE_ORIGIN), { method, headers, body });
}

/** The second argument Next passes to a route handler. */
export function routeParams<T extends Record<string, string>>(params: T): { params: Promise<T> } {
  return { params: Promise.resolve(params) };
}

/** Status and parsed JSON body of a handler's response. */
export async function readResponse<T = unknown>(response: Response): Promise<{ status: number; body: T; headers: Headers }> {
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}
