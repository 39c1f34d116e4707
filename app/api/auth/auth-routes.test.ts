import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/crypto/password";
import { createTestConsoleDb, type TTestConsoleDb } from "@/lib/testing/test-console-db";
import { readResponse, testRequest } from "@/lib/testing/test-requests";
import { POST as login } from "./login/route";
import { POST as logout } from "./logout/route";
import { GET as me } from "./me/route";

let testDb: TTestConsoleDb;

beforeAll(async () => {
  testDb = await createTestConsoleDb();
  const passwordHash = await hashPassword("night-shift-password", { N: 2 ** 10, r: 8, p: 1 });
  await testDb.db.user.create({ data: { username: "oncall", displayName: "On Call", role: "operator", passwordHash } });
  await testDb.db.user.create({ data: { username: "gone", displayName: "Gone", role: "viewer", passwordHash, disabledAt: new Date() } });
});
afterAll(() => testDb.close());

type ErrorBody = { error: { code: string; message: string } };

function cookieFrom(response: Response): string {
  const header = response.headers.get("set-cookie") ?? "";
  return header.split(";")[0] ?? "";
}

describe("auth routes", () => {
  it("signs in, answers who it is, and sets an HttpOnly SameSite=Lax session cookie", async () => {
    const response = await login(testRequest("/api/auth/login", { body: { username: "OnCall ", password: "night-shift-password" }, headers: { "x-forwarded-for": "127.0.10.1" } }));
    const { status, body } = await readResponse<{ data: { username: string; role: string } }>(response);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ username: "oncall", role: "operator" });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^ns_session=[\w-]{20,};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    expect(setCookie).not.toContain("Secure");

    const meResponse = await readResponse<{ data: { username: string } }>(await me(testRequest("/api/auth/me", { as: cookieFrom(response) })));
    expect(meResponse.body.data.username).toBe("oncall");
  });

  it("marks the cookie Secure when the request came over https", async () => {
    const response = await login(testRequest("/api/auth/login", { body: { username: "oncall", password: "night-shift-password" }, headers: { "x-forwarded-proto": "https" } }));
    expect(response.headers.get("set-cookie")).toContain("Secure");
  });

  it("says the same thing for a wrong password, an unknown user and a disabled user", async () => {
    const answers = await Promise.all(
      [
        { username: "oncall", password: "wrong-password" },
        { username: "nobody", password: "night-shift-password" },
        { username: "gone", password: "night-shift-password" },
      ].map(async (body) => readResponse<ErrorBody>(await login(testRequest("/api/auth/login", { body, headers: { "x-forwarded-for": "127.0.10.2" } })))),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body.error.message).toBe("Wrong username or password.");
    }
  });

  it("locks a username and address out after 10 failures, even for the right password", async () => {
    const attempt = (password: string, ip: string) =>
      login(testRequest("/api/auth/login", { body: { username: "oncall", password }, headers: { "x-forwarded-for": ip } }));
    for (let i = 0; i < 10; i += 1) expect((await attempt("wrong-password", "127.0.10.3")).status).toBe(401);
    const locked = await readResponse<ErrorBody>(await attempt("night-shift-password", "127.0.10.3"));
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("RATE_LIMITED");
    // Another address is not locked out by someone else's guessing.
    expect((await attempt("night-shift-password", "127.0.10.4")).status).toBe(200);
  });

  it("refuses a cross-origin login", async () => {
    const response = await login(testRequest("/api/auth/login", { body: { username: "oncall", password: "night-shift-password" }, origin: "http://attacker.test" }));
    expect(response.status).toBe(403);
  });

  it("ends the session on logout, clears the cookie, and records it", async () => {
    const signedIn = await login(testRequest("/api/auth/login", { body: { username: "oncall", password: "night-shift-password" }, headers: { "x-forwarded-for": "127.0.10.5" } }));
    const cookie = cookieFrom(signedIn);
    const out = await logout(testRequest("/api/auth/logout", { method: "POST", as: cookie }));
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/^ns_session=;.*Max-Age=0/);
    expect((await me(testRequest("/api/auth/me", { as: cookie }))).status).toBe(401);
    const records = await testDb.db.auditRecord.findMany({ where: { action: { in: ["auth.login", "auth.logout"] } } });
    expect(records.some((record) => record.action === "auth.logout" && record.actorName === "oncall")).toBe(true);
  });

  it("answers 401 on /me without a session", async () => {
    expect((await me(testRequest("/api/auth/me"))).status).toBe(401);
  });
});
