"use client";

import { ConfirmDialog } from "@/components/ui/dialog";
import { useRevokeUserSessions } from "@/lib/client/users/use-revoke-user-sessions";
import { useUpdateUser } from "@/lib/client/users/use-update-user";
import type { TUser } from "@/lib/contracts/users";
import type { TConfirmedUserAction } from "./user-action";
import { USERS_STRINGS } from "./users-strings";

export type UserActionConfirmDialogProps = {
  pending: { user: TUser; action: TConfirmedUserAction } | null;
  onClose: () => void;
  onPasswordGenerated: (username: string, password: string) => void;
};

const COPY = {
  resetPassword: { title: USERS_STRINGS.confirm.resetTitle, body: USERS_STRINGS.confirm.resetBody, label: USERS_STRINGS.actions.resetPassword, tone: "danger" },
  disable: { title: USERS_STRINGS.confirm.disableTitle, body: USERS_STRINGS.confirm.disableBody, label: USERS_STRINGS.actions.disable, tone: "danger" },
  enable: { title: USERS_STRINGS.confirm.enableTitle, body: USERS_STRINGS.confirm.enableBody, label: USERS_STRINGS.actions.enable, tone: "default" },
  revoke: { title: USERS_STRINGS.confirm.revokeTitle, body: USERS_STRINGS.confirm.revokeBody, label: USERS_STRINGS.actions.revoke, tone: "danger" },
} as const;

/** Confirms a reset, disable, enable or sign-out-everywhere, then sends it. */
export function UserActionConfirmDialog({ pending, onClose, onPasswordGenerated }: UserActionConfirmDialogProps) {
  const updateUser = useUpdateUser();
  const revokeSessions = useRevokeUserSessions();
  const error = updateUser.error ?? revokeSessions.error;

  function close() {
    updateUser.reset();
    revokeSessions.reset();
    onClose();
  }

  function confirm() {
    if (!pending) return;
    const { user, action } = pending;
    if (action === "revoke") {
      revokeSessions.mutate({ userId: user.id, username: user.username }, { onSuccess: close });
      return;
    }
    const body = action === "resetPassword" ? { resetPassword: true as const } : { disabled: action === "disable" };
    updateUser.mutate(
      { userId: user.id, body },
      {
        onSuccess: (result) => {
          close();
          if (result.generatedPassword) onPasswordGenerated(user.username, result.generatedPassword);
        },
      },
    );
  }

  const copy = pending ? COPY[pending.action] : null;
  return (
    <ConfirmDialog
      open={pending !== null}
      onClose={close}
      onConfirm={confirm}
      title={pending && copy ? copy.title(pending.user.username) : ""}
      confirmLabel={copy?.label}
      tone={copy?.tone}
      isPending={updateUser.isPending || revokeSessions.isPending}
    >
      <p>{copy?.body}</p>
      {error ? (
        <p role="alert" className="text-danger">
          {error.message}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
