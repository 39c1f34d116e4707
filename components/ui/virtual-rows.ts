/**
 * Which rows of a long list a scrolling container shows, so a table renders those (plus a margin)
 * and stands in for the rest with two spacer rows of the right height. Pure; rows are of one height.
 */
export type TRowWindow = { start: number; end: number };

export type TRowViewport = {
  /** The container's scrollTop. */
  scrollTop: number;
  /** The container's visible height. */
  viewportHeight: number;
  /** Pixels above the first row inside the container (the sticky header). */
  offsetTop: number;
  /** The distance from one row's top to the next one's. */
  rowHeight: number;
  count: number;
  /** Rows rendered beyond each edge, so a quick scroll does not show blank space. */
  overscan: number;
};

export function visibleRowWindow(viewport: TRowViewport): TRowWindow {
  const { scrollTop, viewportHeight, offsetTop, rowHeight, count, overscan } = viewport;
  if (count === 0 || !(rowHeight > 0)) return { start: 0, end: count };
  const top = Math.max(0, scrollTop - offsetTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  return { start, end: Math.max(start, Math.min(count, last + overscan)) };
}

/**
 * The window to render next: the current one while it still covers every visible row and is not
 * much larger than needed (each change is a commit and a relayout of the table, so a slow scroll
 * changes it only every `overscan` rows), else the visible rows plus the overscan.
 */
export function nextRowWindow(current: TRowWindow, viewport: TRowViewport, maxRows: number): TRowWindow {
  const visible = visibleRowWindow({ ...viewport, overscan: 0 });
  const covers = current.start <= visible.start && current.end >= visible.end;
  const size = current.end - current.start;
  if (covers && size <= Math.max(maxRows, visible.end - visible.start + 2 * viewport.overscan)) return current;
  return visibleRowWindow(viewport);
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement, or null when it is
 * already in view. The header is sticky, so a row must clear it at the top.
 */
export function scrollTopToReveal(index: number, viewport: Omit<TRowViewport, "count" | "overscan">): number | null {
  const { scrollTop, viewportHeight, offsetTop, rowHeight } = viewport;
  const rowTop = offsetTop + index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop - offsetTop < scrollTop) return Math.max(0, rowTop - offsetTop);
  if (rowBottom > scrollTop + viewportHeight) return rowBottom - viewportHeight;
  return null;
}

/**
 * React keys ("slots") for the rows of a new window, so that moving the window reuses rows instead
 * of replacing them: a row still in the window keeps its slot (and is not rendered again); a row
 * new to it takes a slot a departed row left, so React updates that row's cells in place rather
 * than removing one row and building another. `reserved` slots are never handed on (the row that
 * holds the keyboard focus, which must not turn into another instance under the user's hands).
 */
export function assignRowSlots(previous: ReadonlyMap<number, number>, window: TRowWindow, reserved: ReadonlySet<number> = new Set()): Map<number, number> {
  const next = new Map<number, number>();
  const taken = new Set<number>();
  for (let index = window.start; index < window.end; index++) {
    const slot = previous.get(index);
    if (slot === undefined) continue;
    next.set(index, slot);
    taken.add(slot);
  }
  const free = [...previous.values()].filter((slot) => !taken.has(slot) && !reserved.has(slot)).sort((left, right) => left - right);
  let fresh = Math.max(-1, ...previous.values(), ...reserved) + 1;
  let freeAt = 0;
  for (let index = window.start; index < window.end; index++) {
    if (next.has(index)) continue;
    next.set(index, freeAt < free.length ? free[freeAt++]! : fresh++);
  }
  return next;
}
