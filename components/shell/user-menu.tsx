"use client";

import { Badge } from "@/components/ui/badge";
import { IconButton } from "@/components/ui/button";
import { LogOutIcon, UserIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { useLogout } from "@/lib/client/auth/use-logout";
import type { TRole } from "@/lib/contracts/auth";
import { SHELL_STRINGS } from "./shell-strings";

export type ShellUser = { username: string; displayName: string; role: TRole };

const ROLE_TONES = { viewer: "neutral", operator: "info", admin: "accent" } as const;

/** Who is signed in, with which role, and the way out. */
export function UserMenu({ user }: { user: ShellUser }) {
  const logout = useLogout();
  return (
    <div className="flex items-center gap-2">
      <span className="flex items-center gap-1.5 text-sm" title={user.username}>
        <UserIcon size={14} className="text-fg-muted" />
        <span className="max-w-40 truncate">{user.displayName}</span>
      </span>
      <Badge tone={ROLE_TONES[user.role]}>{SHELL_STRINGS.user.roles[user.role]}</Badge>
      <IconButton
        label={logout.isPending ? SHELL_STRINGS.user.signingOut : SHELL_STRINGS.user.signOut}
        icon={logout.isPending ? <Spinner size={14} /> : <LogOutIcon size={14} />}
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
        size="sm"
      />
    </div>
  );
}
