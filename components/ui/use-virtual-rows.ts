"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { nextRowWindow, scrollTopToReveal, visibleRowWindow, type TRowViewport, type TRowWindow } from "./virtual-rows";

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
};

export type VirtualRows = TRowWindow & {
  /** Heights of the spacer rows that stand in for the rows above and below the window. */
  paddingTop: number;
  paddingBottom: number;
  /** Scrolls the container so row `index` is in view (keyboard navigation). */
  reveal: (index: number) => void;
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
export function useVirtualRows({ count, containerRef, bodyRef, initialRows = 40, overscan = 10, resetKey }: VirtualRowsOptions): VirtualRows {
  const [shown, setShown] = useState<TRowWindow & { rowHeight: number }>({ start: 0, end: Math.min(count, initialRows), rowHeight: 0 });
  const geometry = useRef<TGeometry>({ scrollTop: 0, viewportHeight: 0, offsetTop: 0, rowHeight: 0 });
  const [lastResetKey, setLastResetKey] = useState(resetKey);
  if (resetKey !== lastResetKey) {
    // Adjusted while rendering (React's pattern for state derived from a prop): the new rows commit once, in the narrow window.
    setLastResetKey(resetKey);
    const current = geometry.current;
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
  return { start, end, paddingTop: start * shown.rowHeight, paddingBottom: (count - end) * shown.rowHeight, reveal };
}

/** Marks a spacer row, which the measurement skips. */
export const VIRTUAL_SPACER_PROPS = { "data-virtual-spacer": "", "aria-hidden": true } as const;
