import type { ReactNode } from "react";
import { cn } from "./cn";

export function Kbd({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <kbd className={cn("inline-flex min-w-5 items-center justify-center rounded border border-border bg-surface-muted px-1 font-mono text-[11px] leading-4 text-fg-muted", className)}>
      {children}
    </kbd>
  );
}
