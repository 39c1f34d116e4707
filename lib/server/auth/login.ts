import "server-only";
import { ZRole, type TLoginBody, type TMe } from "@/lib/contracts/auth";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { verifyAgainstDummy, verifyPassword } from "@/lib/server/crypto/password";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { clientIpOf, userAgentOf } from "@/lib/server/http/request-meta";
import { getLoginRateLimiter } from "./login-rate-limit";
import { isHttpsRequest, sessionCookieHeader } from "./session-cookie";
import { createSession, SESSION_ABSOLUTE_MS } from "./sessions";

/** The same words for an unknown user, a wrong password and a disabled account: no account probing. */
export const WRONG_CREDENTIALS_MESSAGE = "Wrong username or password.";

/**
 * Checks a username and password, and on success opens a session and answers the cookie to set.
 * Failures count against username+IP; past the limit, even a right password waits.
 */
export async function loginOrThrow(input: { body: TLoginBody; request: Request; requestId: string }): Promise<{ me: TMe; setCookie: string }> {
  const { body, request, requestId } = input;
  const ip = clientIpOf(request);
  const limiter = getLoginRateLimiter();
  const key = `${body.username}\u0000${ip}`;
  const waitMs = limiter.retryAfterMs(key);
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    throw new ApiError("RATE_LIMITED", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask an admin to reset your password.`);
  }
  const db = await getConsoleDb();
  const user = await db.user.findUnique({ where: { username: body.username } });
  const passwordMatches = user ? await verifyPassword(body.password, user.passwordHash) : await verifyAgainstDummy(body.password);
  const role = ZRole.safeParse(user?.role);
  if (!user || !passwordMatches || user.disabledAt || !role.success) {
    limiter.recordFailure(key);
    throw new ApiError("UNAUTHENTICATED", WRONG_CREDENTIALS_MESSAGE);
  }
  limiter.clear(key);
  const session = await createSession({ userId: user.id, userAgent: userAgentOf(request), ip });
  await recordAudit({
    actor: { userId: user.id, username: user.username },
    action: "auth.login",
    targetType: "user",
    targetIds: [String(user.id)],
    result: "ok",
    details: { ip },
    requestId,
  });
  return {
    me: { userId: user.id, username: user.username, displayName: user.displayName, role: role.data },
    setCookie: sessionCookieHeader(session.token, { secure: isHttpsRequest(request), maxAgeSeconds: SESSION_ABSOLUTE_MS / 1000 }),
  };
}
