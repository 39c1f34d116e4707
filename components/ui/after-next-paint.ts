/**
 * Runs `work` in a task of its own once the browser has painted the current frame: a click's own
 * feedback shows first, and heavy work that follows (a route change, a new page of rows) starts a
 * frame of its own instead of lengthening the click's. Returns a cancel function.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // requestAnimationFrame runs just before the paint; a timeout from there runs just after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
