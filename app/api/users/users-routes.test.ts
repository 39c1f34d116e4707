import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/server/crypto/password";
import { createTestConsoleDb, type TTestConsoleDb } from "@/lib/testing/test-console-db";
import { createTestActor, readResponse, routeParams, testRequest, type TTestActor } from "@/lib/testing/test-requests";
import { GET as getMe } from "../auth/me/route";
import { PATCH as patchUser } from "./[userId]/route";
import { POST as revokeSessions } from "./[userId]/revoke-sessions/route";
import { GET as listUsers, POST as createUser } from "./route";

let testDb: TTestConsoleDb;
let admin: TTestActor;
let operator: TTestActor;

beforeAll(async () => {
  testDb = await createTestConsoleDb();
  admin = await createTestActor("admin", { username: "root-admin" });
  operator = await createTestActor("operator", { username: "op" });
});
afterAll(() => testDb.close());

type User = { id: number; username: string; role: string; disabledAt: string | null; activeSessionCount: number };
type ErrorBody = { error: { code: string; message: string; issues?: { path: string }[] } };

async function latestAudit(action: string) {
  return testDb.db.auditRecord.findFirst({ where: { action }, orderBy: { id: "desc" } });
}

describe("users routes", () => {
  it("lists users for an admin without any password hash or session token", async () => {
    const response = await listUsers(testRequest("/api/users", { as: admin }));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toMatch(/passwordHash|scrypt\$/);
    expect(text).not.toContain(admin.token);
    const users = (JSON.parse(text) as { data: { items: User[] } }).data.items;
    expect(users.map((user) => user.username)).toEqual(expect.arrayContaining(["root-admin", "op"]));
    expect(users.find((user) => user.username === "op")?.activeSessionCount).toBe(1);
  });

  it("refuses the users list to an operator", async () => {
    expect((await listUsers(testRequest("/api/users", { as: operator }))).status).toBe(403);
  });

  it("creates a user with a generated password shown once, and audits it without the password", async () => {
    const response = await createUser(testRequest("/api/users", { as: admin, body: { username: "Night.Owl", role: "viewer" } }));
    const { status, body } = await readResponse<{ data: { user: User; generatedPassword: string } }>(response);
    expect(status).toBe(201);
    expect(body.data.user).toMatchObject({ username: "night.owl", role: "viewer", disabledAt: null });
    expect(body.data.generatedPassword).toHaveLength(20);
    const stored = await testDb.db.user.findUniqueOrThrow({ where: { username: "night.owl" } });
    expect(await verifyPassword(body.data.generatedPassword, stored.passwordHash)).toBe(true);

    const audit = await latestAudit("users.create");
    expect(audit).toMatchObject({ actorName: "root-admin", targetType: "user", targetIds: JSON.stringify([String(stored.id)]), result: "ok" });
    expect(JSON.stringify(audit)).not.toContain(body.data.generatedPassword);
  });

  it("answers 409 for a taken username and 422 naming a bad field", async () => {
    const taken = await readResponse<ErrorBody>(await createUser(testRequest("/api/users", { as: admin, body: { username: "op", role: "viewer", password: "a-long-enough-password" } })));
    expect(taken.status).toBe(409);
    const invalid = await readResponse<ErrorBody>(await createUser(testRequest("/api/users", { as: admin, body: { username: "x y", role: "king" } })));
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining(["username", "role"]));
  });

  it("changes a role and records the change from and to", async () => {
    const { body: created } = await readResponse<{ data: { user: User } }>(
      await createUser(testRequest("/api/users", { as: admin, body: { username: "promote-me", role: "viewer", password: "a-long-enough-password" } })),
    );
    const id = String(created.data.user.id);
    const { status, body } = await readResponse<{ data: { user: User } }>(await patchUser(testRequest(`/api/users/${id}`, { method: "PATCH", as: admin, body: { role: "operator" } }), routeParams({ userId: id })));
    expect(status).toBe(200);
    expect(body.data.user.role).toBe("operator");
    const audit = await latestAudit("users.update");
    expect(JSON.parse(audit?.details ?? "null")).toMatchObject({ changes: [{ field: "role", from: "viewer", to: "operator" }] });
  });

  it("disabling a user ends their sessions at once", async () => {
    const victim = await createTestActor("operator", { username: "leaver" });
    expect((await getMe(testRequest("/api/auth/me", { as: victim }))).status).toBe(200);
    const id = String(victim.userId);
    const { body } = await readResponse<{ data: { user: User } }>(await patchUser(testRequest(`/api/users/${id}`, { method: "PATCH", as: admin, body: { disabled: true } }), routeParams({ userId: id })));
    expect(body.data.user.disabledAt).not.toBeNull();
    expect(body.data.user.activeSessionCount).toBe(0);
    expect((await getMe(testRequest("/api/auth/me", { as: victim }))).status).toBe(401);
  });

  it("resets a password: answers the new one once and ends the user's sessions", async () => {
    const victim = await createTestActor("viewer", { username: "forgetful" });
    const id = String(victim.userId);
    const { body } = await readResponse<{ data: { generatedPassword: string } }>(
      await patchUser(testRequest(`/api/users/${id}`, { method: "PATCH", as: admin, body: { resetPassword: true } }), routeParams({ userId: id })),
    );
    const stored = await testDb.db.user.findUniqueOrThrow({ where: { id: victim.userId } });
    expect(await verifyPassword(body.data.generatedPassword, stored.passwordHash)).toBe(true);
    expect(await verifyPassword(victim.password, stored.passwordHash)).toBe(false);
    expect((await getMe(testRequest("/api/auth/me", { as: victim }))).status).toBe(401);
  });

  it("refuses to demote or disable the last enabled admin, and audits the refusal", async () => {
    const id = String(admin.userId);
    const demote = await readResponse<ErrorBody>(await patchUser(testRequest(`/api/users/${id}`, { method: "PATCH", as: admin, body: { role: "viewer" } }), routeParams({ userId: id })));
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toMatch(/last enabled admin/);
    expect((await latestAudit("users.update"))?.result).toBe("refused");
    const disable = await patchUser(testRequest(`/api/users/${id}`, { method: "PATCH", as: admin, body: { disabled: true } }), routeParams({ userId: id }));
    expect(disable.status).toBe(409);
  });

  it("answers 404 for an unknown user and 422 for an empty change", async () => {
    expect((await patchUser(testRequest("/api/users/99999", { method: "PATCH", as: admin, body: { role: "viewer" } }), routeParams({ userId: "99999" }))).status).toBe(404);
    const id = String(operator.userId);
    expect((await patchUser(testRequest(`/api/users/${id}`, { method: "PATCH", as: admin, body: {} }), routeParams({ userId: id }))).status).toBe(422);
  });

  it("revokes a user's sessions and audits how many", async () => {
    const target = await createTestActor("viewer", { username: "many-tabs" });
    const id = String(target.userId);
    const { status, body } = await readResponse<{ data: { revokedCount: number } }>(
      await revokeSessions(testRequest(`/api/users/${id}/revoke-sessions`, { method: "POST", as: admin }), routeParams({ userId: id })),
    );
    expect(status).toBe(200);
    expect(body.data.revokedCount).toBe(1);
    expect((await getMe(testRequest("/api/auth/me", { as: target }))).status).toBe(401);
    expect(JSON.parse((await latestAudit("users.revoke-sessions"))?.details ?? "null")).toMatchObject({ username: "many-tabs", revokedCount: 1 });
  });

  it("refuses user changes to an operator and from another origin", async () => {
    const id = String(operator.userId);
    expect((await patchUser(testRequest(`/api/users/${id}`, { method: "PATCH", as: operator, body: { role: "admin" } }), routeParams({ userId: id }))).status).toBe(403);
    const crossOrigin = await readResponse<ErrorBody>(
      await patchUser(testRequest(`/api/users/${id}`, { method: "PATCH", as: admin, body: { role: "admin" }, origin: "http://localhost:9999" }), routeParams({ userId: id })),
    );
    expect(crossOrigin.body.error.code).toBe("BAD_ORIGIN");
  });
});
