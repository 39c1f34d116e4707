import "server-only";
import type { TRole } from "@/lib/contracts/auth";

/** The signed-in user behind a request, as route handlers and server components see it. */
export type TActor = {
  userId: number;
  username: string;
  displayName: string;
  role: TRole;
  sessionId: string;
};
