"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { AlertTriangleIcon, RefreshIcon } from "./icons";
import { UI_STRINGS } from "./ui-strings";

export type ErrorStateProps = {
  /** What failed, in a few words ("Could not load the instances"). */
  title: ReactNode;
  /** What the reader can do about it (check the data service, retry, ask an admin…). */
  whatToDo: ReactNode;
  /** The error's own message, shown smaller. */
  message?: ReactNode;
  requestId?: string;
  onRetry?: () => void;
  isRetrying?: boolean;
  action?: ReactNode;
  className?: string;
};

export function ErrorState({ title, whatToDo, message, requestId, onRetry, isRetrying, action, className }: ErrorStateProps) {
  return (
    <div role="alert" className={cn("flex gap-3 rounded-lg border border-danger/40 bg-danger-soft/40 p-4", className)}>
      <AlertTriangleIcon className="mt-0.5 shrink-0 text-danger" size={18} />
      <div className="flex min-w-0 flex-col gap-1.5">
        <p className="text-sm font-semibold">{title}</p>
        {message ? <p className="text-sm break-words text-fg-muted">{message}</p> : null}
        <div className="text-sm">{whatToDo}</div>
        {requestId ? (
          <p className="text-xs text-fg-muted">
            {UI_STRINGS.requestId}: <code className="font-mono select-all">{requestId}</code>
          </p>
        ) : null}
        {onRetry || action ? (
          <div className="mt-1 flex flex-wrap gap-2">
            {onRetry ? (
              <Button size="sm" onClick={onRetry} isLoading={isRetrying} icon={<RefreshIcon size={12} />}>
                {UI_STRINGS.retry}
              </Button>
            ) : null}
            {action}
          </div>
        ) : null}
      </div>
    </div>
  );
}
