import "server-only";
import { ZRole, type TRole } from "@/lib/contracts/auth";
import type { TUser } from "@/lib/contracts/users";

export type TUserRow = {
  id: number;
  username: string;
  displayName: string;
  role: string;
  createdAt: Date;
  updatedAt: Date;
  disabledAt: Date | null;
};

export type TUserSessionSummary = { activeSessionCount: number; lastSeenAt: Date | null };

/** Maps a stored user to what admins see: picks fields one by one, so the password hash cannot slip through. */
export function toUserDto(row: TUserRow, sessions: TUserSessionSummary): TUser {
  // An unknown stored role (hand-edited row) reads as the least privileged one.
  const role: TRole = ZRole.safeParse(row.role).data ?? "viewer";
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
    activeSessionCount: sessions.activeSessionCount,
    lastSeenAt: sessions.lastSeenAt?.toISOString() ?? null,
  };
}
