import type { ReactNode } from "react";
import { cn } from "./cn";

export type EmptyStateProps = {
  title: ReactNode;
  /** Why it is empty and what would fill it. */
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  className?: string;
};

export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-6 py-10 text-center", className)}>
      {icon ? <div className="text-fg-muted">{icon}</div> : null}
      <p className="text-sm font-semibold">{title}</p>
      {description ? <div className="max-w-prose text-sm text-fg-muted">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
