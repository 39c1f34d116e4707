"use client";

import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useUpdateUser } from "@/lib/client/users/use-update-user";
import { ZRole } from "@/lib/contracts/auth";
import type { TUser } from "@/lib/contracts/users";
import { issuesByField } from "./issues-by-field";
import { ROLE_OPTIONS } from "./role-options";
import { USERS_STRINGS } from "./users-strings";

export type EditUserDialogProps = { user: TUser | null; onClose: () => void };

/** Display name and role; only what changed is sent. */
export function EditUserDialog({ user, onClose }: EditUserDialogProps) {
  const updateUser = useUpdateUser();
  const id = useId();
  const fieldErrors = issuesByField(updateUser.error);
  const generalError = updateUser.error && Object.keys(fieldErrors).length === 0 ? updateUser.error.message : null;

  function close() {
    updateUser.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!user) return;
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get("displayName") ?? "").trim();
    const role = ZRole.catch(user.role).parse(form.get("role"));
    const body = { displayName: displayName !== user.displayName ? displayName : undefined, role: role !== user.role ? role : undefined };
    if (body.displayName === undefined && body.role === undefined) return close();
    updateUser.mutate({ userId: user.id, body }, { onSuccess: close });
  }

  const formId = `${id}-form`;
  return (
    <Dialog
      open={user !== null}
      onClose={close}
      title={user ? USERS_STRINGS.edit.title(user.username) : ""}
      footer={
        <>
          <Button onClick={close}>{USERS_STRINGS.cancel}</Button>
          <Button type="submit" form={formId} variant="primary" isLoading={updateUser.isPending}>
            {USERS_STRINGS.edit.submit}
          </Button>
        </>
      }
    >
      {user ? (
        <form key={user.id} id={formId} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
          {generalError ? (
            <p role="alert" className="text-sm text-danger">
              {generalError}
            </p>
          ) : null}
          <Field id={`${id}-displayName`} label={USERS_STRINGS.create.displayName} error={fieldErrors.displayName}>
            <Input id={`${id}-displayName`} name="displayName" defaultValue={user.displayName} autoFocus invalid={Boolean(fieldErrors.displayName)} />
          </Field>
          <Field id={`${id}-role`} label={USERS_STRINGS.create.role} error={fieldErrors.role}>
            <Select id={`${id}-role`} name="role" defaultValue={user.role} options={ROLE_OPTIONS} />
          </Field>
        </form>
      ) : null}
    </Dialog>
  );
}
