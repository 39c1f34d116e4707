"use client";

import { useState } from "react";
import { formatZonedDateTime } from "@/lib/client/format/zoned-formatters";
import { useBrowserTimeZone } from "@/components/audit/use-browser-time-zone";
import { formatZoneLabel } from "@/components/shell/zone-label";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { CheckCircleIcon, PauseIcon, PlusIcon } from "@/components/ui/icons";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableMessageRow, TableRow } from "@/components/ui/table";
import { isApiClientError } from "@/lib/client/api-client";
import { useUsers } from "@/lib/client/users/use-users";
import type { TUser } from "@/lib/contracts/users";
import { CreateUserDialog } from "./create-user-dialog";
import { EditUserDialog } from "./edit-user-dialog";
import { GeneratedPasswordDialog } from "./generated-password-dialog";
import { availableUserActions, type TConfirmedUserAction } from "./user-action";
import { UserActionConfirmDialog } from "./user-action-confirm-dialog";
import { USERS_STRINGS } from "./users-strings";

const ROLE_TONES = { viewer: "neutral", operator: "info", admin: "accent" } as const;
const ACTION_LABELS: Record<TConfirmedUserAction, string> = {
  resetPassword: USERS_STRINGS.actions.resetPassword,
  disable: USERS_STRINGS.actions.disable,
  enable: USERS_STRINGS.actions.enable,
  revoke: USERS_STRINGS.actions.revoke,
};
const COLUMN_COUNT = 7;

export type UsersSettingsPageProps = { currentUserId: number };

/** Settings → Users (admin): the accounts table with create, edit, reset, disable/enable and sign-out-everywhere. */
export function UsersSettingsPage({ currentUserId }: UsersSettingsPageProps) {
  const users = useUsers();
  const timeZone = useBrowserTimeZone();
  const [isCreating, setIsCreating] = useState(false);
  const [editing, setEditing] = useState<TUser | null>(null);
  const [pending, setPending] = useState<{ user: TUser; action: TConfirmedUserAction } | null>(null);
  const [shownPassword, setShownPassword] = useState<{ username: string; password: string } | null>(null);
  const time = (iso: string | null) => (iso && timeZone ? formatZonedDateTime(iso, timeZone) : USERS_STRINGS.never);

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{USERS_STRINGS.title}</h1>
          <p className="mt-1 max-w-3xl text-sm text-fg-muted">{USERS_STRINGS.description}</p>
        </div>
        <Button variant="primary" icon={<PlusIcon size={14} />} onClick={() => setIsCreating(true)}>
          {USERS_STRINGS.add}
        </Button>
      </header>

      {users.isError ? (
        <ErrorState
          title={USERS_STRINGS.loadError.title}
          message={users.error.message}
          whatToDo={USERS_STRINGS.loadError.whatToDo}
          requestId={isApiClientError(users.error) ? users.error.requestId : undefined}
          onRetry={() => void users.refetch()}
          isRetrying={users.isFetching}
        />
      ) : (
        <>
          <Table label={USERS_STRINGS.tableLabel}>
            <TableHead>
              <tr>
                <TableHeaderCell>{USERS_STRINGS.columns.user}</TableHeaderCell>
                <TableHeaderCell>{USERS_STRINGS.columns.role}</TableHeaderCell>
                <TableHeaderCell>{USERS_STRINGS.columns.status}</TableHeaderCell>
                <TableHeaderCell>{USERS_STRINGS.columns.sessions}</TableHeaderCell>
                <TableHeaderCell>{USERS_STRINGS.columns.lastSeen}</TableHeaderCell>
                <TableHeaderCell>{USERS_STRINGS.columns.created}</TableHeaderCell>
                <TableHeaderCell align="right">{USERS_STRINGS.columns.actions}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {users.isPending ? (
                <TableMessageRow columns={COLUMN_COUNT}>
                  <SkeletonRows rows={4} columns={COLUMN_COUNT} />
                </TableMessageRow>
              ) : users.data.length === 0 ? (
                <TableMessageRow columns={COLUMN_COUNT}>{USERS_STRINGS.empty}</TableMessageRow>
              ) : (
                users.data.map((user) => (
                  <TableRow key={user.id} className={user.disabledAt ? "text-fg-muted" : undefined}>
                    <TableCell>
                      <div className="flex flex-col">
                        <span className="font-medium">
                          {user.displayName}
                          {user.id === currentUserId ? <span className="ml-1.5 text-xs text-fg-muted">({USERS_STRINGS.you})</span> : null}
                        </span>
                        <span className="font-mono text-xs text-fg-muted">{user.username}</span>
                      </div>
                    </TableCell>
                    <TableCell>
                      <Badge tone={ROLE_TONES[user.role]}>{USERS_STRINGS.roles[user.role]}</Badge>
                    </TableCell>
                    <TableCell>
                      {user.disabledAt ? (
                        <Badge tone="neutral" icon={<PauseIcon size={12} />}>
                          {USERS_STRINGS.disabled}
                        </Badge>
                      ) : (
                        <Badge tone="ok" icon={<CheckCircleIcon size={12} />}>
                          {USERS_STRINGS.active}
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell>{USERS_STRINGS.sessions(user.activeSessionCount)}</TableCell>
                    <TableCell isMono>{time(user.lastSeenAt)}</TableCell>
                    <TableCell isMono>{time(user.createdAt)}</TableCell>
                    <TableCell align="right">
                      <div className="flex justify-end gap-1" role="group" aria-label={USERS_STRINGS.actions.menu(user.username)}>
                        <Button size="sm" variant="ghost" onClick={() => setEditing(user)}>
                          {USERS_STRINGS.actions.edit}
                        </Button>
                        {availableUserActions(user, currentUserId).map((action) => (
                          <Button key={action} size="sm" variant="ghost" onClick={() => setPending({ user, action })}>
                            {ACTION_LABELS[action]}
                          </Button>
                        ))}
                      </div>
                    </TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
          {timeZone ? <p className="text-xs text-fg-muted">{USERS_STRINGS.timeZone(formatZoneLabel(timeZone, new Date()))}</p> : null}
        </>
      )}

      <CreateUserDialog
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(result) => {
          setIsCreating(false);
          if (result.generatedPassword) setShownPassword({ username: result.user.username, password: result.generatedPassword });
        }}
      />
      <EditUserDialog user={editing} onClose={() => setEditing(null)} />
      <UserActionConfirmDialog pending={pending} onClose={() => setPending(null)} onPasswordGenerated={(username, password) => setShownPassword({ username, password })} />
      <GeneratedPasswordDialog username={shownPassword?.username ?? ""} password={shownPassword?.password ?? null} onClose={() => setShownPassword(null)} />
    </div>
  );
}
