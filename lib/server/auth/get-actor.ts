import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { roleAllows, type TRole } from "@/lib/contracts/auth";
import type { TActor } from "./actor";
import { safeNextPath } from "./safe-next-path";
import { readCookie, SESSION_COOKIE } from "./session-cookie";
import { findActorBySessionToken } from "./sessions";

/** The actor behind a route handler's request, or null without a live session. */
export async function getActorFromRequest(request: Request): Promise<TActor | null> {
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  return token ? findActorBySessionToken(token) : null;
}

export { safeNextPath };

/** Server components: the signed-in actor, or null. Looked up once per request, however many layouts and pages ask. */
export const getActor = cache(async (): Promise<TActor | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? findActorBySessionToken(token) : null;
});

/**
 * Server components: the signed-in actor, or a redirect to /login?next=<nextPath>. With `role`, a
 * signed-in user without that role is sent home ("/?denied=1") before any data is read.
 */
export async function requireActor(options: { nextPath: string; role?: TRole }): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(safeNextPath(options.nextPath))}`);
  if (options.role && !roleAllows(actor.role, options.role)) redirect("/?denied=1");
  return actor;
}
