import "server-only";
import type { TActor } from "./actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { clearSessionCookieHeader, isHttpsRequest } from "./session-cookie";
import { revokeSession } from "./sessions";

/** Ends the current session (if any is live) and answers the cookie that clears it in the browser. */
export async function logout(input: { actor: TActor | null; request: Request; requestId: string }): Promise<{ setCookie: string }> {
  const { actor, request, requestId } = input;
  if (actor) {
    await revokeSession(actor.sessionId);
    await recordAudit({ actor, action: "auth.logout", targetType: "user", targetIds: [String(actor.userId)], result: "ok", requestId });
  }
  return { setCookie: clearSessionCookieHeader({ secure: isHttpsRequest(request) }) };
}
