"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { assignRowSlots, nextRowWindow, scrollTopToReveal, visibleRowWindow, type TRowViewport, type TRowWindow } from "./virtual-rows";

export type VirtualRowsOptions = {
  count: number;
  /** The scrolling container around the table. */
  containerRef: RefObject<HTMLElement | null>;
  /** The table body; its rows (without the spacers) are measured once they render. */
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  /** Rows rendered before anything is measured (the server render and hydration): enough to fill a tall screen. */
  initialRows?: number;
  overscan?: number;
  /** A new value (a new page of rows) narrows the window to the visible rows, so the change commits as few rows as possible. */
  resetKey?: unknown;
  /**
   * A new value (another page, filter or sort, not a refresh of the same rows) shows the rows at the
   * top; render a ScrollToTopBeforeCommit with the same key, which moves the container in that commit.
   */
  scrollResetKey?: unknown;
};

export type VirtualRows = TRowWindow & {
  /** Heights of the spacer rows that stand in for the rows above and below the window. */
  paddingTop: number;
  paddingBottom: number;
  /** Scrolls the container so row `index` is in view (keyboard navigation). */
  reveal: (index: number) => void;
  /** The React key of row `index` of the window: rows that leave the window hand their keys to rows that enter it. */
  keyOf: (index: number) => number;
};

type TGeometry = Omit<TRowViewport, "count" | "overscan">;

const SPACER = "[data-virtual-spacer]";

/**
 * Renders only the rows of a long table that its scrolling container shows (plus a margin), so a
 * page of a hundred rows costs a screenful of DOM: a new page commits the visible rows, not all of them.
 *
 * It never reads layout right after React changed the DOM (that would force the browser to lay the
 * whole table out twice per frame): sizes are read in ResizeObserver callbacks, which run after the
 * browser's own layout, and the scroll position in the scroll handler, before anything changed.
 */
export function useVirtualRows({ count, containerRef, bodyRef, initialRows = 40, overscan = 10, resetKey, scrollResetKey }: VirtualRowsOptions): VirtualRows {
  const [shown, setShown] = useState<TRowWindow & { rowHeight: number }>({ start: 0, end: Math.min(count, initialRows), rowHeight: 0 });
  const geometry = useRef<TGeometry>({ scrollTop: 0, viewportHeight: 0, offsetTop: 0, rowHeight: 0 });
  const [lastResetKey, setLastResetKey] = useState(resetKey);
  const [lastScrollResetKey, setLastScrollResetKey] = useState(scrollResetKey);
  if (resetKey !== lastResetKey || scrollResetKey !== lastScrollResetKey) {
    // Adjusted while rendering (React's pattern for state derived from a prop): the new rows commit once, in the narrow window.
    setLastResetKey(resetKey);
    setLastScrollResetKey(scrollResetKey);
    const current = { ...geometry.current, ...(scrollResetKey !== lastScrollResetKey ? { scrollTop: 0 } : {}) };
    if (current.rowHeight > 0) setShown({ ...visibleRowWindow({ ...current, count, overscan: Math.min(2, overscan) }), rowHeight: current.rowHeight });
  }

  const apply = useCallback(() => {
    const current = geometry.current;
    if (!(current.rowHeight > 0)) return;
    setShown((previous) => {
      const next = { ...nextRowWindow(previous, { ...current, count, overscan }, initialRows), rowHeight: current.rowHeight };
      // Sub-pixel changes of the measured height are noise; re-rendering for them would loop.
      return previous.start === next.start && previous.end === next.end && Math.abs(previous.rowHeight - next.rowHeight) < 0.5 ? previous : next;
    });
  }, [count, overscan, initialRows]);

  // A new page or a refresh: the same scroll position over a new count.
  useEffect(apply, [apply]);

  useEffect(() => {
    const container = containerRef.current;
    const body = bodyRef.current;
    if (!container || !body) return;
    const measure = () => {
      const rows = body.querySelectorAll<HTMLTableRowElement>(`:scope > tr:not(${SPACER})`);
      const first = rows[0];
      const last = rows[rows.length - 1];
      // The pitch between the first and last rendered rows includes the borders between rows.
      const rowHeight = first && last && rows.length >= 2 ? (last.offsetTop - first.offsetTop) / (rows.length - 1) : (first?.offsetHeight ?? geometry.current.rowHeight);
      geometry.current = { scrollTop: container.scrollTop, viewportHeight: container.clientHeight, offsetTop: body.offsetTop, rowHeight };
      apply();
    };
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        geometry.current = { ...geometry.current, scrollTop: container.scrollTop };
        apply();
      });
    };
    container.addEventListener("scroll", onScroll, { passive: true });
    // Called after layout: on start, when the viewport or the rows change size (fonts, zoom, density).
    const resize = new ResizeObserver(measure);
    resize.observe(container);
    resize.observe(body);
    return () => {
      container.removeEventListener("scroll", onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [containerRef, bodyRef, apply]);

  const reveal = useCallback(
    (index: number) => {
      const container = containerRef.current;
      if (!container || !(geometry.current.rowHeight > 0)) return;
      const target = scrollTopToReveal(index, { ...geometry.current, scrollTop: container.scrollTop });
      if (target !== null) container.scrollTop = target;
    },
    [containerRef],
  );

  const start = Math.min(shown.start, count);
  const end = Math.min(Math.max(shown.end, start), count);
  // From the slots of the last commit, so a render React throws away leaves no trace.
  const committed = useRef<{ slots: ReadonlyMap<number, number>; start: number }>({ slots: new Map(), start: 0 });
  const slots = useMemo(() => {
    const focused = focusedRowIndex(bodyRef.current, committed.current.start);
    const focusedSlot = focused === null || (focused >= start && focused < end) ? undefined : committed.current.slots.get(focused);
    return assignRowSlots(committed.current.slots, { start, end }, focusedSlot === undefined ? undefined : new Set([focusedSlot]));
  }, [bodyRef, start, end]);
  useEffect(() => {
    committed.current = { slots, start };
  }, [slots, start]);
  const keyOf = useCallback((index: number) => slots.get(index) ?? -1 - index, [slots]);
  return { start, end, paddingTop: start * shown.rowHeight, paddingBottom: (count - end) * shown.rowHeight, reveal, keyOf };
}

/**
 * The index of the rendered row that holds the keyboard focus, or null. Its slot is not handed to
 * an arriving row when it scrolls away: the focus would stay in the reused row, on another instance.
 */
function focusedRowIndex(body: HTMLTableSectionElement | null, committedStart: number): number | null {
  const focused = typeof document === "undefined" ? null : document.activeElement;
  if (!body || !focused || !body.contains(focused)) return null;
  const row = focused.closest("tr");
  const position = row ? Array.prototype.indexOf.call(body.querySelectorAll(`:scope > tr:not(${SPACER})`), row) : -1;
  return position < 0 ? null : committedStart + position;
}

/** Marks a spacer row, which the measurement skips. */
export const VIRTUAL_SPACER_PROPS = { "data-virtual-spacer": "", "aria-hidden": true } as const;
