"use client";

import { useRouter } from "next/navigation";
import { memo, useDeferredValue, useEffect, useRef, useState } from "react";
import { isTypingTarget } from "@/components/shell/key-sequence";
import { Checkbox } from "@/components/ui/checkbox";
import { CLIENT_LINK_PROPS, clientLinkTarget } from "@/components/ui/client-link-click";
import { InfoIcon } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { ScrollToTopBeforeCommit } from "@/components/ui/scroll-to-top-before-commit";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useDelayedFlag } from "@/components/ui/use-delayed-flag";
import { useVirtualRows, VIRTUAL_SPACER_PROPS } from "@/components/ui/use-virtual-rows";
import type { TInstanceSummary } from "@/lib/contracts/instances";
import { COLUMN_DEFINITIONS, durationMs, type TColumnId } from "./column-definitions";
import { formatDuration, formatInstanceTime, formatInstantWithZone, runDateOf } from "./instance-format";
import { INSTANCE_STRINGS } from "./instance-strings";
import type { TSortState } from "./instances-url";
import { InstanceStatusBadge } from "./status-badge";

export type InstanceTableProps = {
  items: readonly TInstanceSummary[];
  timezone: string;
  /** The page of one instance. */
  instanceHref: (instanceId: string) => string;
  /** Null hides the selection column (viewers cannot act). */
  selection: { selectedIds: ReadonlySet<string>; isAllMatching: boolean; onToggle: (instanceId: string) => void; onTogglePage: (select: boolean) => void } | null;
  sort: TSortState | null;
  onSort: (column: TColumnId) => void;
  now: number;
  /** Dims the rows while a new page loads over the old one. */
  isStale?: boolean;
  /** Columns left out (e.g. the bizdate when the filter names one day). */
  hiddenColumns?: ReadonlySet<TColumnId>;
  /** Changes with the page, filter or sort (not with a refresh): the table then scrolls back to its first row. */
  pageKey?: string;
};

const STRINGS = INSTANCE_STRINGS;
/** Tighter than the primitives' default padding, so that all thirteen columns fit at 1280 px. */
const DENSE = "px-2!";
const STALE_DIM_DELAY_MS = 300;

/**
 * The dense instances table: status with icon and label, node link, times in the workspace zone,
 * sortable headers. Keyboard: j / k move the active row, x ticks it, Enter opens it.
 */
const NO_HIDDEN_COLUMNS: ReadonlySet<TColumnId> = new Set();

export function InstanceTable({ items: currentItems, timezone, instanceHref, selection, sort, onSort, now, isStale = false, hiddenColumns = NO_HIDDEN_COLUMNS, pageKey }: InstanceTableProps) {
  const router = useRouter();
  // A new page of 100 rows renders in the background in slices, so typing and scrolling never wait on it.
  const items = useDeferredValue(currentItems);
  const itemsPageKey = useDeferredValue(pageKey);
  const isDimmed = useDelayedFlag(isStale, STALE_DIM_DELAY_MS);
  const [activeIndex, setActiveIndex] = useState(-1);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  // Only the rows in view are in the DOM: a new page, a refresh or a scroll commits a screenful, never the whole page.
  const shown = useVirtualRows({ count: items.length, containerRef, bodyRef, overscan: 6, resetKey: items, scrollResetKey: itemsPageKey });
  const { reveal } = shown;
  const activeId = items[activeIndex]?.instanceId;

  // Keep the keyboard cursor on the same instance when the page refreshes under it.
  const lastActiveId = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (lastActiveId.current === undefined) return;
    const index = items.findIndex((item) => item.instanceId === lastActiveId.current);
    setActiveIndex(index);
  }, [items]);
  useEffect(() => {
    lastActiveId.current = activeId;
  }, [activeId]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || document.querySelector("dialog[open]")) return;
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        setActiveIndex((index) => {
          const next = event.key === "j" ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1);
          reveal(next);
          return next;
        });
      } else if (event.key === "x" && activeId && selection) {
        event.preventDefault();
        selection.onToggle(activeId);
      } else if (event.key === "Enter" && activeId && !(event.target instanceof HTMLAnchorElement || event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        router.push(instanceHref(activeId));
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [items.length, activeId, selection, router, instanceHref, reveal]);

  const pageIds = items.map((item) => item.instanceId);
  const selectedOnPage = selection ? pageIds.filter((id) => selection.selectedIds.has(id)).length : 0;
  const isPageSelected = selection !== null && (selection.isAllMatching || (pageIds.length > 0 && selectedOnPage === pageIds.length));

  return (
    <Table
      label={STRINGS.page.tableLabel}
      aria-rowcount={items.length + 1}
      containerRef={containerRef}
      // Dimmed while the next page loads, once it has taken 300 ms: a quick page swaps in without a
      // flash. A step, not a fade: an animated opacity repaints the whole table every frame.
      containerClassName={cn("max-h-[calc(100dvh-16rem)]", isDimmed && "opacity-70")}
    >
      <ScrollToTopBeforeCommit changeKey={itemsPageKey} containerRef={containerRef} />
      <TableHead>
        <tr>
          {selection ? (
            <TableHeaderCell className={cn("w-8", DENSE)}>
              <Checkbox
                aria-label={STRINGS.selection.selectAllOnPage}
                checked={isPageSelected}
                indeterminate={!isPageSelected && selectedOnPage > 0}
                disabled={selection.isAllMatching}
                onChange={(event) => selection.onTogglePage(event.target.checked)}
              />
            </TableHeaderCell>
          ) : null}
          {COLUMN_DEFINITIONS.filter((column) => !hiddenColumns.has(column.id)).map((column) => (
            <TableHeaderCell
              key={column.id}
              align={column.align}
              onSort={() => onSort(column.id)}
              sortDirection={sort?.column === column.id ? sort.direction : null}
              title={column.isTime ? STRINGS.page.timesIn(timezone) : STRINGS.columnTitles[column.id]}
              className={DENSE}
            >
              {column.header}
            </TableHeaderCell>
          ))}
        </tr>
      </TableHead>
      <TableBody
        ref={bodyRef}
        onClick={(event) => {
          const path = clientLinkTarget(event, window.location.origin);
          if (path === null) return;
          event.preventDefault();
          router.push(path);
        }}
      >
        {shown.paddingTop > 0 ? <tr {...VIRTUAL_SPACER_PROPS} style={{ height: shown.paddingTop }} /> : null}
        {items.slice(shown.start, shown.end).map((instance, offset) => (
          <InstanceRow
            // Keyed by slot: the next page or a scroll updates rows in place instead of replacing their DOM.
            key={shown.keyOf(shown.start + offset)}
            instance={instance}
            href={instanceHref(instance.instanceId)}
            timezone={timezone}
            now={instance.beginRunningTime !== null && instance.finishTime === null ? now : 0}
            isActive={shown.start + offset === activeIndex}
            isSelected={selection ? selection.isAllMatching || selection.selectedIds.has(instance.instanceId) : false}
            isSelectable={selection !== null}
            isSelectionLocked={selection?.isAllMatching ?? false}
            onToggle={selection?.onToggle}
            index={shown.start + offset}
            onActivate={setActiveIndex}
            isBizdateShown={!hiddenColumns.has("bizdate")}
          />
        ))}
        {shown.paddingBottom > 0 ? <tr {...VIRTUAL_SPACER_PROPS} style={{ height: shown.paddingBottom }} /> : null}
      </TableBody>
    </Table>
  );
}

type InstanceRowProps = {
  instance: TInstanceSummary;
  href: string;
  timezone: string;
  now: number;
  isActive: boolean;
  isSelected: boolean;
  isSelectable: boolean;
  isSelectionLocked: boolean;
  onToggle: ((instanceId: string) => void) | undefined;
  index: number;
  onActivate: (index: number) => void;
  isBizdateShown: boolean;
};

/**
 * One row; memoised so a refresh re-renders only the rows whose instance changed (react-query keeps
 * unchanged rows' objects). Only a running row gets the clock. The node link is a plain anchor: the
 * body navigates its clicks (components/ui/client-link-click), so a mounting row costs no next/link.
 */
const InstanceRow = memo(function InstanceRow({ instance, href, timezone, now, isActive, isSelected, isSelectable, isSelectionLocked, onToggle, index, onActivate, isBizdateShown }: InstanceRowProps) {
  const isRunning = instance.beginRunningTime !== null && instance.finishTime === null;
  const runDate = runDateOf(instance.bizdate);
  const time = (iso: string | null) => (
    <TableCell isMono className={DENSE} title={iso ? formatInstantWithZone(iso, timezone) : undefined}>
      {formatInstanceTime(iso, timezone, { withSeconds: false, omitDateOn: runDate })}
    </TableCell>
  );
  return (
    <TableRow isActive={isActive} isSelected={isSelected} onMouseDown={() => onActivate(index)} data-instance-id={instance.instanceId} aria-rowindex={index + 2}>
      {isSelectable ? (
        <TableCell className={cn("w-8", DENSE)}>
          <Checkbox
            aria-label={STRINGS.selection.selectRow(instance.nodeName || instance.instanceId)}
            checked={isSelected}
            disabled={isSelectionLocked}
            onChange={() => onToggle?.(instance.instanceId)}
          />
        </TableCell>
      ) : null}
      <TableCell className={DENSE}>
        <InstanceStatusBadge status={instance.status} isSuspended={instance.isSuspended} />
      </TableCell>
      <TableCell className={cn(isBizdateShown ? "max-w-32" : "max-w-48", "truncate", DENSE)}>
        <a href={href} {...CLIENT_LINK_PROPS} className="font-medium text-accent hover:underline" title={`${instance.nodeName} · ${instance.instanceId}${instance.errorMessage ? `\n${instance.errorMessage}` : ""}`}>
          {instance.nodeName || instance.instanceId}
        </a>
        {instance.errorMessage && instance.status === "FAILURE" ? (
          <span className="ml-1.5 inline-flex align-middle text-danger" title={instance.errorMessage}>
            <InfoIcon size={12} label={instance.errorMessage} />
          </span>
        ) : null}
      </TableCell>
      {isBizdateShown ? (
        <TableCell isMono className={DENSE}>
          {instance.bizdate}
        </TableCell>
      ) : null}
      {time(instance.cycTime)}
      <TableCell align="right" isMono className={cn(DENSE, isRunning && "text-accent")}>
        {formatDuration(durationMs(instance, now))}
      </TableCell>
      {time(instance.beginRunningTime)}
      {time(instance.finishTime)}
      <TableCell className={DENSE}>{instance.owner ?? STRINGS.unknown}</TableCell>
      <TableCell align="right" className={DENSE}>{instance.priority}</TableCell>
      <TableCell className={cn("text-xs", DENSE)}>{instance.programType || STRINGS.unknown}</TableCell>
      <TableCell className={cn("text-xs", DENSE)}>{STRINGS.dagType[instance.dagType] ?? instance.dagType}</TableCell>
      <TableCell align="right" className={DENSE}>{instance.retriesLeft ?? STRINGS.unknown}</TableCell>
    </TableRow>
  );
});
