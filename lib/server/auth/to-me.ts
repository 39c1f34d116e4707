import "server-only";
import type { TMe } from "@/lib/contracts/auth";
import type { TActor } from "./actor";

export function toMe(actor: TActor): TMe {
  return { userId: actor.userId, username: actor.username, displayName: actor.displayName, role: actor.role };
}
