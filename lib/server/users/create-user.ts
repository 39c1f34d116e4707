import "server-only";
import type { TCreateUserBody, TUserWithPassword } from "@/lib/contracts/users";
import type { TActor } from "@/lib/server/auth/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { generatePassword, hashPassword } from "@/lib/server/crypto/password";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { toUserDto } from "./to-user-dto";

/** Creates a local account; without a password, generates one and answers it once. Audited as users.create. */
export async function createUser(input: { body: TCreateUserBody; actor: TActor; requestId: string }): Promise<TUserWithPassword> {
  const { body, actor, requestId } = input;
  const db = await getConsoleDb();
  const existing = await db.user.findUnique({ where: { username: body.username }, select: { id: true } });
  if (existing) throw new ApiError("CONFLICT", `A user named "${body.username}" already exists.`, { issues: [{ path: "username", message: "already taken" }] });
  const generatedPassword = body.password ? null : generatePassword();
  const passwordHash = await hashPassword(body.password ?? (generatedPassword as string));
  const row = await db.user
    .create({ data: { username: body.username, displayName: body.displayName ?? body.username, role: body.role, passwordHash } })
    .catch((error: unknown) => {
      // Two admins creating the same name at once: the unique index decides.
      if ((error as { code?: string }).code === "P2002") throw new ApiError("CONFLICT", `A user named "${body.username}" already exists.`);
      throw error;
    });
  await recordAudit({
    actor,
    action: "users.create",
    targetType: "user",
    targetIds: [String(row.id)],
    result: "ok",
    details: { username: row.username, role: row.role, passwordGenerated: generatedPassword !== null },
    requestId,
  });
  return { user: toUserDto(row, { activeSessionCount: 0, lastSeenAt: null }), generatedPassword };
}
