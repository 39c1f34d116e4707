import { cn } from "./cn";
import { UI_STRINGS } from "./ui-strings";

/** A grey placeholder block shaped like the content that is on its way. */
export function Skeleton({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cn("block animate-pulse rounded bg-surface-muted motion-reduce:animate-none", className)} />;
}

/** Rows of placeholders for a table or list, announced once as "Loading…". */
export function SkeletonRows({ rows = 8, columns = 5, label = UI_STRINGS.loading }: { rows?: number; columns?: number; label?: string }) {
  return (
    <div role="status" aria-busy="true" className="flex flex-col gap-2 py-2">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="flex gap-3">
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} className={cn("h-4", column === 0 ? "w-1/4" : "flex-1")} />
          ))}
        </div>
      ))}
    </div>
  );
}
