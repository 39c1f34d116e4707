import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { instancesPageHref } from "@/components/instances/instances-url";
import { STATUS_STYLES } from "@/components/instances/status-style";
import type { TStatusCounts } from "@/lib/contracts/stats";
import { toStatusTiles } from "./overview-series";
import { OVERVIEW_STRINGS } from "./overview-strings";

export type StatusTilesProps = { counts: TStatusCounts; bizdate: string; workspaceBase: string };

/** A tile per status with its count; each opens the instance list filtered to that status and date. */
export function StatusTiles({ counts, bizdate, workspaceBase }: StatusTilesProps) {
  const tiles = toStatusTiles(counts);
  return (
    <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5 xl:grid-cols-9" aria-label={OVERVIEW_STRINGS.tiles.label}>
      <li>
        <Link href={instancesPageHref(workspaceBase, { bizdate })} className="flex h-full flex-col gap-1 rounded-lg border border-border bg-surface p-3 hover:bg-surface-muted">
          <span className="text-xs text-fg-muted">{OVERVIEW_STRINGS.tiles.total}</span>
          <span className="text-2xl font-semibold tabular-nums">{counts.total}</span>
        </Link>
      </li>
      {tiles.map((tile) => {
        const style = STATUS_STYLES[tile.status];
        const isAlarming = tile.status === "FAILURE" && tile.count > 0;
        return (
          <li key={tile.status}>
            <Link
              href={instancesPageHref(workspaceBase, { bizdate, status: [tile.status] })}
              aria-label={OVERVIEW_STRINGS.tiles.open(style.label, tile.count)}
              className={cn(
                "flex h-full flex-col justify-between gap-1 rounded-lg border bg-surface p-3 hover:bg-surface-muted",
                isAlarming ? "border-danger/60 bg-danger-soft/40" : "border-border",
                tile.count === 0 && "opacity-70",
              )}
            >
              <span className={cn("flex items-start gap-1 text-xs leading-tight", style.textClass)}>
                <style.Icon size={12} className="mt-px shrink-0" />
                <span className="text-fg-muted">{style.label}</span>
              </span>
              <span className={cn("text-2xl font-semibold tabular-nums", isAlarming && "text-danger")}>{tile.count}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
