"use client";

import { useEffect } from "react";
import { SHELL_STRINGS } from "./shell-strings";

/**
 * Sends a visitor without a session to /login, keeping the page they asked for (a shared deep link)
 * as `next`. Done in the browser because a layout does not know the requested URL.
 */
export function SignInRedirect() {
  useEffect(() => {
    const next = window.location.pathname + window.location.search;
    window.location.replace(`/login?next=${encodeURIComponent(next)}`);
  }, []);
  return (
    <main className="mx-auto max-w-md px-5 py-16 text-sm">
      <p>{SHELL_STRINGS.signIn.redirecting}</p>
      <a href="/login" className="mt-3 inline-block text-accent underline">
        {SHELL_STRINGS.signIn.link}
      </a>
    </main>
  );
}
