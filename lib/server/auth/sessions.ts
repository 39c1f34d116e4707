import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { ZRole } from "@/lib/contracts/auth";
import { getConsoleDb } from "@/lib/server/db";
import type { TActor } from "./actor";

/** A session ends 12 h after its last use or 7 days after sign-in, whichever comes first. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads don't all become writes. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** The stored ID of a token: its SHA-256, so the table alone cannot be used to sign in. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type TCreatedSession = { token: string; sessionId: string; expiresAt: Date };

export async function createSession(input: { userId: number; userAgent: string; ip: string; now?: Date }): Promise<TCreatedSession> {
  const db = await getConsoleDb();
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  const sessionId = sessionIdOf(token);
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.session.create({
    data: {
      id: sessionId,
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      userAgent: input.userAgent.slice(0, 300),
      ip: input.ip.slice(0, 100),
    },
  });
  return { token, sessionId, expiresAt };
}

/**
 * A session found live is trusted for this long without reading the database again: every page
 * and API call checks the session, and the lookup was a fifth of a route's own CPU. Revoking,
 * disabling or changing a user in this process forgets it at once; another console process behind
 * the same database sees a revocation within this time.
 */
export const SESSION_RECHECK_MS = 2_000;
const MAX_CONFIRMED = 10_000;
// One map per process: Next may load this module once for pages and again for route handlers, and a
// sign-out handled by one must be seen by the other.
type TConfirmedSessions = Map<string, { actor: TActor; until: number }>;
const globalCache = globalThis as typeof globalThis & { __nightshiftConfirmedSessions?: TConfirmedSessions };
const confirmedSessions: TConfirmedSessions = (globalCache.__nightshiftConfirmedSessions ??= new Map());

/** Drops the confirmed sessions of one user (after a role change, say), or of everyone. */
export function forgetConfirmedSessions(userId?: number): void {
  if (userId === undefined) return confirmedSessions.clear();
  for (const [sessionId, entry] of confirmedSessions) if (entry.actor.userId === userId) confirmedSessions.delete(sessionId);
}

/** The actor of a live session token, or null when it is unknown, revoked, expired, idle too long, or its user is disabled. */
export async function findActorBySessionToken(token: string, now: Date = new Date()): Promise<TActor | null> {
  if (!token || token.length > 200) return null;
  const db = await getConsoleDb();
  const sessionId = sessionIdOf(token);
  const confirmed = confirmedSessions.get(sessionId);
  if (confirmed && confirmed.until > now.getTime() && confirmed.until - SESSION_RECHECK_MS <= now.getTime()) return confirmed.actor;
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt) return null;
  if (session.expiresAt.getTime() <= now.getTime()) return null;
  if (session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now.getTime()) return null;
  if (session.user.disabledAt) return null;
  const role = ZRole.safeParse(session.user.role);
  if (!role.success) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const actor: TActor = {
    userId: session.user.id,
    username: session.user.username,
    displayName: session.user.displayName,
    role: role.data,
    sessionId,
  };
  if (confirmedSessions.size >= MAX_CONFIRMED) confirmedSessions.clear();
  confirmedSessions.set(sessionId, { actor, until: now.getTime() + SESSION_RECHECK_MS });
  return actor;
}

export async function revokeSession(sessionId: string, now: Date = new Date()): Promise<void> {
  const db = await getConsoleDb();
  confirmedSessions.delete(sessionId);
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Revokes every live session of a user; answers how many were live. */
export async function revokeUserSessions(userId: number, now: Date = new Date()): Promise<number> {
  const db = await getConsoleDb();
  forgetConfirmedSessions(userId);
  const result = await db.session.updateMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } });
  return result.count;
}
