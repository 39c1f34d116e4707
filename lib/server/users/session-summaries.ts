import "server-only";
import { SESSION_IDLE_MS } from "@/lib/server/auth/sessions";
import type { PrismaClient } from "@/lib/server/db";
import type { TUserSessionSummary } from "./to-user-dto";

/** Live sessions per user (not revoked, not expired, not idle too long) and their latest use. */
export async function getSessionSummaries(db: PrismaClient, userIds: number[], now: Date = new Date()): Promise<Map<number, TUserSessionSummary>> {
  const groups = await db.session.groupBy({
    by: ["userId"],
    where: {
      userId: { in: userIds },
      revokedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) },
    },
    _count: { _all: true },
    _max: { lastSeenAt: true },
  });
  const summaries = new Map<number, TUserSessionSummary>();
  for (const userId of userIds) summaries.set(userId, { activeSessionCount: 0, lastSeenAt: null });
  for (const group of groups) summaries.set(group.userId, { activeSessionCount: group._count._all, lastSeenAt: group._max.lastSeenAt });
  return summaries;
}

export function summaryFor(summaries: Map<number, TUserSessionSummary>, userId: number): TUserSessionSummary {
  return summaries.get(userId) ?? { activeSessionCount: 0, lastSeenAt: null };
}
