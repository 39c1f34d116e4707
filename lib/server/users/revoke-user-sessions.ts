import "server-only";
import type { TRevokeSessionsResult } from "@/lib/contracts/users";
import type { TActor } from "@/lib/server/auth/actor";
import { revokeUserSessions } from "@/lib/server/auth/sessions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";

/** Signs a user out everywhere. Audited as users.revoke-sessions. */
export async function revokeUserSessionsOrThrow(input: { userId: number; actor: TActor; requestId: string }): Promise<TRevokeSessionsResult> {
  const db = await getConsoleDb();
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, username: true } });
  if (!user) throw new ApiError("NOT_FOUND", `There is no user with id ${input.userId}.`);
  const revokedCount = await revokeUserSessions(user.id);
  await recordAudit({
    actor: input.actor,
    action: "users.revoke-sessions",
    targetType: "user",
    targetIds: [String(user.id)],
    result: "ok",
    details: { username: user.username, revokedCount },
    requestId: input.requestId,
  });
  return { revokedCount };
}
