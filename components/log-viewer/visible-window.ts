/** Which lines of a virtualised list to render, and whether the view sits at the bottom. Pure. */

export type TVisibleWindow = { first: number; last: number };

/** Lines from `first` to `last` (exclusive) cover the viewport plus `overscan` lines on each side. */
export function visibleWindow(input: { scrollTop: number; viewportHeight: number; lineHeight: number; lineCount: number; overscan: number }): TVisibleWindow {
  const { scrollTop, viewportHeight, lineHeight, lineCount, overscan } = input;
  if (lineCount === 0 || lineHeight <= 0) return { first: 0, last: 0 };
  const first = Math.max(0, Math.floor(scrollTop / lineHeight) - overscan);
  const last = Math.min(lineCount, Math.ceil((scrollTop + viewportHeight) / lineHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

/** Within `slack` pixels of the end: follow mode stays on; scrolled further up, the user is reading. */
export function isAtBottom(input: { scrollTop: number; viewportHeight: number; contentHeight: number; slack?: number }): boolean {
  return input.contentHeight - (input.scrollTop + input.viewportHeight) <= (input.slack ?? 24);
}

/** The scrollTop that shows `line` about a third of the way down, unless it is already in view. */
export function scrollTopFor(line: number, input: { scrollTop: number; viewportHeight: number; lineHeight: number }): number {
  const top = line * input.lineHeight;
  const isInView = top >= input.scrollTop && top + input.lineHeight <= input.scrollTop + input.viewportHeight;
  if (isInView) return input.scrollTop;
  return Math.max(0, top - Math.floor(input.viewportHeight / 3));
}
