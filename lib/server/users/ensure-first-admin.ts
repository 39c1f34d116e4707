import "server-only";
import fs from "node:fs";
import path from "node:path";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { generatePassword, hashPassword } from "@/lib/server/crypto/password";
import type { PrismaClient } from "@/lib/server/db";

export const FIRST_ADMIN_USERNAME = "admin";
export const INITIAL_PASSWORD_FILE = "initial-admin-password.txt";

export type TFirstAdminResult =
  | { created: false }
  | { created: true; username: string; password: string; passwordSource: "environment" | "generated"; passwordFile: string | null };

/**
 * When no account exists, creates `admin` with the given password or a generated one; a generated
 * one is also written to <dataDir>/initial-admin-password.txt (mode 0600) so a newcomer can find it.
 * Does nothing once any user exists, so it is safe to run on every start.
 */
export async function ensureFirstAdmin(input: { db: PrismaClient; dataDir: string; password?: string; requestId: string }): Promise<TFirstAdminResult> {
  const { db } = input;
  if ((await db.user.count()) > 0) return { created: false };
  const password = input.password ?? generatePassword();
  const passwordSource = input.password ? "environment" : "generated";
  try {
    const user = await db.user.create({
      data: { username: FIRST_ADMIN_USERNAME, displayName: "Administrator", role: "admin", passwordHash: await hashPassword(password) },
    });
    await recordAudit({
      actor: null,
      action: "users.create",
      targetType: "user",
      targetIds: [String(user.id)],
      result: "ok",
      details: { username: user.username, role: user.role, firstAdmin: true, passwordSource },
      requestId: input.requestId,
    });
  } catch (error) {
    // Another process created it between our count and create.
    if ((error as { code?: string }).code === "P2002") return { created: false };
    throw error;
  }
  let passwordFile: string | null = null;
  if (passwordSource === "generated") {
    passwordFile = path.join(input.dataDir, INITIAL_PASSWORD_FILE);
    fs.mkdirSync(input.dataDir, { recursive: true });
    fs.writeFileSync(passwordFile, `username: ${FIRST_ADMIN_USERNAME}\npassword: ${password}\n\nChange this password after signing in (Settings → Users), then delete this file.\n`, { mode: 0o600 });
    fs.chmodSync(passwordFile, 0o600);
  }
  return { created: true, username: FIRST_ADMIN_USERNAME, password, passwordSource, passwordFile };
}
