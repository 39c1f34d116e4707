"use client";

import Link from "next/link";
import { useEffect } from "react";
import { buttonClassName } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { SHELL_STRINGS } from "./shell-strings";

/** What an error.tsx renders: the frame stays, the page area says what happened and what to do. */
export function PageErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto mt-8 max-w-2xl">
      <ErrorState
        title={SHELL_STRINGS.errors.pageTitle}
        whatToDo={SHELL_STRINGS.errors.pageWhatToDo}
        requestId={error.digest}
        onRetry={reset}
        action={
          <Link href="/settings/data-services" className={buttonClassName({ size: "sm", variant: "ghost" })}>
            {SHELL_STRINGS.errors.openSettings}
          </Link>
        }
      />
    </div>
  );
}
