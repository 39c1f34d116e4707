import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import type { TPart } from "@/lib/contracts/stats";
import { OVERVIEW_STRINGS } from "./overview-strings";

export type OverviewCardProps<T> = {
  title: string;
  subtitle?: ReactNode;
  part: TPart<T>;
  className?: string;
  children: (data: T) => ReactNode;
};

/** One part of the overview: its content, or its own error while the rest of the page stays. */
export function OverviewCard<T>({ title, subtitle, part, className, children }: OverviewCardProps<T>) {
  return (
    <section className={cn("flex min-w-0 flex-col gap-2 rounded-lg border border-border bg-surface p-4", className)} aria-label={title}>
      <header>
        <h2 className="text-sm font-semibold">{title}</h2>
        {subtitle ? <p className="text-xs text-fg-muted">{subtitle}</p> : null}
      </header>
      {part.data !== null ? (
        children(part.data)
      ) : (
        <ErrorState title={OVERVIEW_STRINGS.error.part} message={part.error?.message} whatToDo={OVERVIEW_STRINGS.error.partWhatToDo} />
      )}
    </section>
  );
}
