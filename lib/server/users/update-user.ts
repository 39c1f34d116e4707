import "server-only";
import type { TUpdateUserBody, TUserWithPassword } from "@/lib/contracts/users";
import type { TActor } from "@/lib/server/auth/actor";
import { forgetConfirmedSessions, revokeUserSessions } from "@/lib/server/auth/sessions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { generatePassword, hashPassword } from "@/lib/server/crypto/password";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { getSessionSummaries, summaryFor } from "./session-summaries";
import { toUserDto } from "./to-user-dto";

/**
 * Changes a user's name, role, enabled state or password. Disabling a user or changing their
 * password ends their sessions. Refuses a change that would leave no enabled admin. Audited as users.update.
 */
export async function updateUserOrThrow(input: { userId: number; body: TUpdateUserBody; actor: TActor; requestId: string }): Promise<TUserWithPassword> {
  const { userId, body, actor, requestId } = input;
  const db = await getConsoleDb();
  const before = await db.user.findUnique({ where: { id: userId } });
  if (!before) throw new ApiError("NOT_FOUND", `There is no user with id ${userId}.`);

  const losesAdmin = before.role === "admin" && before.disabledAt === null && ((body.role !== undefined && body.role !== "admin") || body.disabled === true);
  if (losesAdmin) {
    const otherAdmins = await db.user.count({ where: { role: "admin", disabledAt: null, id: { not: userId } } });
    if (otherAdmins === 0) {
      await recordAudit({ actor, action: "users.update", targetType: "user", targetIds: [String(userId)], result: "refused", details: { reason: "last enabled admin" }, requestId });
      throw new ApiError("CONFLICT", "This is the last enabled admin. Make another user admin first.");
    }
  }

  const now = new Date();
  const generatedPassword = body.resetPassword ? generatePassword() : null;
  const newPassword = body.password ?? generatedPassword;
  const disabledAt = body.disabled === undefined ? undefined : body.disabled ? (before.disabledAt ?? now) : null;
  const after = await db.user.update({
    where: { id: userId },
    data: {
      displayName: body.displayName,
      role: body.role,
      disabledAt,
      passwordHash: newPassword ? await hashPassword(newPassword) : undefined,
    },
  });

  // A new role or name applies to the next request of that user's open sessions.
  forgetConfirmedSessions(userId);
  const endsSessions = body.disabled === true || newPassword !== null;
  const revokedSessions = endsSessions ? await revokeUserSessions(userId, now) : 0;
  const changes = describeChanges(before, after, newPassword !== null);
  await recordAudit({
    actor,
    action: "users.update",
    targetType: "user",
    targetIds: [String(userId)],
    result: "ok",
    details: { username: after.username, changes, revokedSessions },
    requestId,
  });
  const summaries = await getSessionSummaries(db, [userId], now);
  return { user: toUserDto(after, summaryFor(summaries, userId)), generatedPassword };
}

type TChangedFields = { displayName: string; role: string; disabledAt: Date | null };

/** What changed, as `{ field, from, to }`; a password change is named but never shown. */
export function describeChanges(before: TChangedFields, after: TChangedFields, passwordChanged: boolean): { field: string; from?: unknown; to?: unknown }[] {
  const changes: { field: string; from?: unknown; to?: unknown }[] = [];
  if (before.displayName !== after.displayName) changes.push({ field: "displayName", from: before.displayName, to: after.displayName });
  if (before.role !== after.role) changes.push({ field: "role", from: before.role, to: after.role });
  if ((before.disabledAt === null) !== (after.disabledAt === null)) changes.push({ field: "disabled", from: before.disabledAt !== null, to: after.disabledAt !== null });
  if (passwordChanged) changes.push({ field: "password" });
  return changes;
}
