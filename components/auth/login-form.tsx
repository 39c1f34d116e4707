"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { AlertTriangleIcon, InfoIcon } from "@/components/ui/icons";
import { useLogin } from "@/lib/client/auth/use-login";
import { AUTH_STRINGS } from "./auth-strings";
import { loginErrorMessage } from "./login-error-message";

export type LoginFormProps = {
  /** Same-site path to open after signing in. */
  nextPath: string;
  reason: keyof typeof AUTH_STRINGS.reasons | null;
};

/** The sign-in form: keyboard-first (username focused, Enter submits), one general error message. */
export function LoginForm({ nextPath, reason }: LoginFormProps) {
  const login = useLogin();
  const [isPasswordVisible, setIsPasswordVisible] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const error = login.error ? loginErrorMessage(login.error) : null;

  // After a failure, the password is selected for retyping (once the inputs are enabled again).
  useEffect(() => {
    if (!login.error) return;
    passwordRef.current?.select();
    passwordRef.current?.focus();
  }, [login.error]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "");
    const password = String(form.get("password") ?? "");
    login.mutate(
      { username, password },
      {
        // A full navigation, so the server renders the console with the new session.
        onSuccess: () => window.location.assign(nextPath),
      },
    );
  }

  const isBusy = login.isPending || login.isSuccess;
  return (
    <form method="post" action="/api/auth/login" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate aria-describedby={error ? `${id}-error` : undefined}>
      {reason && !error ? (
        <p className="flex items-start gap-2 rounded-md border border-border bg-surface-muted px-3 py-2 text-sm" role="status">
          <InfoIcon size={16} className="mt-0.5 shrink-0 text-accent" />
          {AUTH_STRINGS.reasons[reason]}
        </p>
      ) : null}
      {error ? (
        <div id={`${id}-error`} role="alert" className="flex items-start gap-2 rounded-md border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
          <AlertTriangleIcon size={16} className="mt-0.5 shrink-0 text-danger" />
          <div>
            <p className="font-medium">{AUTH_STRINGS.errors.title}</p>
            <p>{error.text}</p>
            {error.detail ? <p className="text-fg-muted">{error.detail}</p> : null}
          </div>
        </div>
      ) : null}
      <Field id={`${id}-username`} label={AUTH_STRINGS.username}>
        <Input id={`${id}-username`} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus required disabled={isBusy} />
      </Field>
      <Field id={`${id}-password`} label={AUTH_STRINGS.password}>
        <div className="flex gap-2">
          <Input
            ref={passwordRef}
            id={`${id}-password`}
            name="password"
            type={isPasswordVisible ? "text" : "password"}
            autoComplete="current-password"
            required
            disabled={isBusy}
            className="flex-1"
          />
          <Button size="md" variant="ghost" onClick={() => setIsPasswordVisible((visible) => !visible)} aria-pressed={isPasswordVisible}>
            {isPasswordVisible ? AUTH_STRINGS.hidePassword : AUTH_STRINGS.showPassword}
          </Button>
        </div>
      </Field>
      <Button type="submit" variant="primary" isLoading={isBusy} className="w-full justify-center">
        {isBusy ? AUTH_STRINGS.submitting : AUTH_STRINGS.submit}
      </Button>
    </form>
  );
}
