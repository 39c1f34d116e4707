import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestConsoleDb, type TTestConsoleDb } from "@/lib/testing/test-console-db";
import { createSession, findActorBySessionToken, forgetConfirmedSessions, revokeSession, revokeUserSessions, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_RECHECK_MS, sessionIdOf } from "./sessions";

let testDb: TTestConsoleDb;
let userId: number;

beforeAll(async () => {
  testDb = await createTestConsoleDb();
  userId = (await testDb.db.user.create({ data: { username: "ana", displayName: "Ana", role: "operator", passwordHash: "x" } })).id;
});
afterAll(() => testDb.close());

const t0 = new Date("2026-11-24T02:00:00.000Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("sessions", () => {
  it("stores only the token's hash and finds the actor by the token", async () => {
    const session = await createSession({ userId, userAgent: "test", ip: "127.0.0.1", now: t0 });
    const stored = await testDb.db.session.findUnique({ where: { id: sessionIdOf(session.token) } });
    expect(stored).not.toBeNull();
    expect(await testDb.db.session.findUnique({ where: { id: session.token } })).toBeNull();
    expect(await findActorBySessionToken(session.token, later(1_000))).toMatchObject({ userId, username: "ana", role: "operator", sessionId: session.sessionId });
  });

  it("ends a session left idle for 12 hours, and keeps one in use", async () => {
    const session = await createSession({ userId, userAgent: "test", ip: "127.0.0.1", now: t0 });
    expect(await findActorBySessionToken(session.token, later(SESSION_IDLE_MS - 60_000))).not.toBeNull();
    // That use moved lastSeenAt forward, so 12 h after sign-in it is still alive…
    expect(await findActorBySessionToken(session.token, later(SESSION_IDLE_MS + 60_000))).not.toBeNull();
    // …but not 12 h after its last use.
    expect(await findActorBySessionToken(session.token, later(2 * SESSION_IDLE_MS + 60_000))).toBeNull();
  });

  it("ends a session 7 days after sign-in however much it is used", async () => {
    const session = await createSession({ userId, userAgent: "test", ip: "127.0.0.1", now: t0 });
    for (let ms = 0; ms < SESSION_ABSOLUTE_MS; ms += SESSION_IDLE_MS / 2) {
      expect(await findActorBySessionToken(session.token, later(ms))).not.toBeNull();
    }
    expect(await findActorBySessionToken(session.token, later(SESSION_ABSOLUTE_MS))).toBeNull();
  });

  it("refuses a revoked session", async () => {
    const session = await createSession({ userId, userAgent: "test", ip: "127.0.0.1", now: t0 });
    await revokeSession(session.sessionId, later(1));
    expect(await findActorBySessionToken(session.token, later(2))).toBeNull();
  });

  it("revokes every live session of a user at once", async () => {
    const now = new Date();
    const a = await createSession({ userId, userAgent: "a", ip: "127.0.0.1", now });
    const b = await createSession({ userId, userAgent: "b", ip: "127.0.0.1", now });
    expect(await revokeUserSessions(userId, now)).toBeGreaterThanOrEqual(2);
    expect(await findActorBySessionToken(a.token, now)).toBeNull();
    expect(await findActorBySessionToken(b.token, now)).toBeNull();
  });

  it("refuses the session of a disabled user", async () => {
    const other = await testDb.db.user.create({ data: { username: "ben", displayName: "Ben", role: "viewer", passwordHash: "x" } });
    const session = await createSession({ userId: other.id, userAgent: "test", ip: "127.0.0.1" });
    const checkedAt = new Date();
    expect(await findActorBySessionToken(session.token, checkedAt)).not.toBeNull();
    // Disabled behind this process's back (another console process, a script): refused once the recheck time has passed.
    await testDb.db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await findActorBySessionToken(session.token, new Date(checkedAt.getTime() + SESSION_RECHECK_MS))).toBeNull();
  });

  it("trusts a session it confirmed for a moment, and forgets it at once when told", async () => {
    const other = await testDb.db.user.create({ data: { username: "cleo", displayName: "Cleo", role: "operator", passwordHash: "x" } });
    const session = await createSession({ userId: other.id, userAgent: "test", ip: "127.0.0.1" });
    const checkedAt = new Date();
    expect((await findActorBySessionToken(session.token, checkedAt))?.role).toBe("operator");
    await testDb.db.user.update({ where: { id: other.id }, data: { role: "viewer" } });
    // Within the recheck time the confirmed answer stands…
    expect((await findActorBySessionToken(session.token, new Date(checkedAt.getTime() + 500)))?.role).toBe("operator");
    // …until this process changes the user (update-user does this) or the time is up.
    forgetConfirmedSessions(other.id);
    expect((await findActorBySessionToken(session.token, new Date(checkedAt.getTime() + 600)))?.role).toBe("viewer");
  });

  it("refuses a revoked session at once, although it was just confirmed", async () => {
    const session = await createSession({ userId, userAgent: "test", ip: "127.0.0.1" });
    expect(await findActorBySessionToken(session.token)).not.toBeNull();
    await revokeSession(session.sessionId);
    expect(await findActorBySessionToken(session.token)).toBeNull();
  });

  it("refuses an unknown token", async () => {
    expect(await findActorBySessionToken("not-a-token")).toBeNull();
  });
});
