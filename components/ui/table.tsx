import type { ComponentPropsWithRef, ReactNode, Ref } from "react";
import { cn } from "./cn";
import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from "./icons";
import { UI_STRINGS } from "./ui-strings";

/** Dense table primitives: sticky header, tabular numbers, row hover and a selected state. */

export type TableProps = ComponentPropsWithRef<"table"> & {
  /** Classes of the scrolling container around the table. */
  containerClassName?: string;
  /** The scrolling container (a virtualised body listens to its scroll). */
  containerRef?: Ref<HTMLDivElement>;
  /** The accessible name of the table (or use a <caption>). */
  label?: string;
};

/**
 * The scroller has square corners: without a GPU, Chromium clips every row it paints and every
 * frame it composites to a rounded scroller in software, which cost about a tenth of the browser's
 * CPU while a long table scrolled (docs/BENCHMARKS.md).
 */
export function Table({ containerClassName, containerRef, className, label, ...rest }: TableProps) {
  return (
    <div ref={containerRef} className={cn("overflow-auto border border-border bg-surface", containerClassName)}>
      <table aria-label={label} className={cn("w-full border-collapse text-sm tabular-nums", className)} {...rest} />
    </div>
  );
}

export function TableHead({ className, ...rest }: ComponentPropsWithRef<"thead">) {
  return <thead className={cn("sticky top-0 z-10 bg-surface-muted text-xs text-fg-muted", className)} {...rest} />;
}

export function TableBody({ className, ...rest }: ComponentPropsWithRef<"tbody">) {
  return <tbody className={cn("divide-y divide-border", className)} {...rest} />;
}

export type TableRowProps = ComponentPropsWithRef<"tr"> & { isSelected?: boolean; isActive?: boolean };

/**
 * isSelected: ticked for a bulk action; isActive: the row the keyboard cursor is on.
 *
 * Each row is positioned, so Chromium paints it as a layer of its own: a frame that changes a few
 * rows (a scroll of a virtualised body, a refresh) records only those again and replays the others,
 * instead of repainting every row of the table. Measured on the instances table, 10 pages of 100
 * scrolled and paged: the renderer's main thread 3.0–3.4 s → 1.9–2.1 s per run (docs/BENCHMARKS.md).
 */
export function TableRow({ isSelected, isActive, className, ...rest }: TableRowProps) {
  return (
    <tr
      aria-selected={isSelected || undefined}
      data-active={isActive || undefined}
      className={cn(
        "relative hover:bg-surface-muted/60",
        isSelected && "bg-accent-soft/60",
        isActive && "outline-2 -outline-offset-2 outline-focus",
        className,
      )}
      {...rest}
    />
  );
}

export type SortDirection = "asc" | "desc";

export type TableHeaderCellProps = ComponentPropsWithRef<"th"> & {
  align?: "left" | "right" | "center";
  /** When set, the header is a button that asks for this column's sort. */
  onSort?: () => void;
  sortDirection?: SortDirection | null;
};

export function TableHeaderCell({ align = "left", onSort, sortDirection, className, children, ...rest }: TableHeaderCellProps) {
  const alignClass = align === "right" ? "text-right" : align === "center" ? "text-center" : "text-left";
  const ariaSort = sortDirection === "asc" ? "ascending" : sortDirection === "desc" ? "descending" : onSort ? "none" : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={cn("px-3 py-2 font-medium whitespace-nowrap", alignClass, className)} {...rest}>
      {onSort ? (
        <button type="button" onClick={onSort} className={cn("inline-flex items-center gap-1 rounded hover:text-fg", align === "right" && "flex-row-reverse")}>
          {children}
          {sortDirection === "asc" ? (
            <ArrowUpIcon size={12} label={UI_STRINGS.sortAscending} />
          ) : sortDirection === "desc" ? (
            <ArrowDownIcon size={12} label={UI_STRINGS.sortDescending} />
          ) : (
            <ChevronsUpDownIcon size={12} className="opacity-50" />
          )}
        </button>
      ) : (
        children
      )}
    </th>
  );
}

export type TableCellProps = ComponentPropsWithRef<"td"> & { align?: "left" | "right" | "center"; isMono?: boolean };

export function TableCell({ align = "left", isMono, className, ...rest }: TableCellProps) {
  const alignClass = align === "right" ? "text-right" : align === "center" ? "text-center" : "text-left";
  return <td className={cn("px-3 py-1.5 align-middle whitespace-nowrap", alignClass, isMono && "font-mono text-xs", className)} {...rest} />;
}

/** A full-width row for "nothing here" or an inline error inside a table body. */
export function TableMessageRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="px-3 py-6">
        {children}
      </td>
    </tr>
  );
}
