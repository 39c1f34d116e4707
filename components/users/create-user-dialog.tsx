"use client";

import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useCreateUser } from "@/lib/client/users/use-create-user";
import { ZRole } from "@/lib/contracts/auth";
import type { TUserWithPassword } from "@/lib/contracts/users";
import { issuesByField } from "./issues-by-field";
import { ROLE_OPTIONS } from "./role-options";
import { USERS_STRINGS } from "./users-strings";

export type CreateUserDialogProps = { open: boolean; onClose: () => void; onCreated: (result: TUserWithPassword) => void };

export function CreateUserDialog({ open, onClose, onCreated }: CreateUserDialogProps) {
  const createUser = useCreateUser();
  const id = useId();
  const fieldErrors = issuesByField(createUser.error);
  const generalError = createUser.error && Object.keys(fieldErrors).length === 0 ? createUser.error.message : null;

  function close() {
    createUser.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    createUser.mutate(
      {
        username: text("username"),
        displayName: text("displayName") || undefined,
        role: ZRole.catch("viewer").parse(form.get("role")),
        password: String(form.get("password") ?? "") || undefined,
      },
      {
        onSuccess: (result) => {
          createUser.reset();
          onCreated(result);
        },
      },
    );
  }

  const formId = `${id}-form`;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={USERS_STRINGS.create.title}
      footer={
        <>
          <Button onClick={close}>{USERS_STRINGS.cancel}</Button>
          <Button type="submit" form={formId} variant="primary" isLoading={createUser.isPending}>
            {USERS_STRINGS.create.submit}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        {generalError ? (
          <p role="alert" className="text-sm text-danger">
            {generalError}
          </p>
        ) : null}
        <Field id={`${id}-username`} label={USERS_STRINGS.create.username} hint={USERS_STRINGS.create.usernameHint} error={fieldErrors.username} isRequired>
          <Input
            id={`${id}-username`}
            name="username"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            required
            invalid={Boolean(fieldErrors.username)}
            aria-describedby={fieldDescribedBy(`${id}-username`, { hint: true, error: fieldErrors.username })}
          />
        </Field>
        <Field id={`${id}-displayName`} label={USERS_STRINGS.create.displayName} hint={USERS_STRINGS.create.displayNameHint} error={fieldErrors.displayName}>
          <Input id={`${id}-displayName`} name="displayName" autoComplete="off" invalid={Boolean(fieldErrors.displayName)} aria-describedby={fieldDescribedBy(`${id}-displayName`, { hint: true, error: fieldErrors.displayName })} />
        </Field>
        <Field id={`${id}-role`} label={USERS_STRINGS.create.role} error={fieldErrors.role} isRequired>
          <Select id={`${id}-role`} name="role" defaultValue="viewer" options={ROLE_OPTIONS} invalid={Boolean(fieldErrors.role)} />
        </Field>
        <Field id={`${id}-password`} label={USERS_STRINGS.create.password} hint={USERS_STRINGS.create.passwordHint} error={fieldErrors.password}>
          <Input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="new-password"
            invalid={Boolean(fieldErrors.password)}
            aria-describedby={fieldDescribedBy(`${id}-password`, { hint: true, error: fieldErrors.password })}
          />
        </Field>
      </form>
    </Dialog>
  );
}
