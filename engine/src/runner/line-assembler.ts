export const MAX_PENDING_LINE_BYTES = 8 * 1024;
export const MAX_PENDING_LINE_MS = 500;

export type LineAssembler = {
  /** Emits every complete line at once and holds the unfinished last one. */
  write(text: string): void;
  /** Emits the held partial line, if any. */
  flush(): void;
};

/**
 * Cuts decoded text on line boundaries so log readers see whole lines, while a prompt without a
 * newline still shows up: a held partial line is emitted after `maxPendingMs` or `maxPendingBytes`.
 */
export function createLineAssembler(options: {
  emit: (text: string) => void;
  maxPendingBytes?: number;
  maxPendingMs?: number;
}): LineAssembler {
  const { emit, maxPendingBytes = MAX_PENDING_LINE_BYTES, maxPendingMs = MAX_PENDING_LINE_MS } = options;
  let pending = "";
  let pendingTimer: NodeJS.Timeout | undefined;

  function stopTimer(): void {
    clearTimeout(pendingTimer);
    pendingTimer = undefined;
  }

  function flush(): void {
    stopTimer();
    if (pending === "") return;
    const text = pending;
    pending = "";
    emit(text);
  }

  function write(text: string): void {
    if (text === "") return;
    const combined = pending + text;
    const lastNewline = combined.lastIndexOf("\n");
    const completesLine = lastNewline >= 0;
    if (completesLine) {
      pending = combined.slice(lastNewline + 1);
      emit(combined.slice(0, lastNewline + 1));
    } else {
      pending = combined;
    }
    if (pending === "") return stopTimer();
    if (Buffer.byteLength(pending) >= maxPendingBytes) return flush();
    // The wait is counted from when the current partial line began.
    if (completesLine || pendingTimer === undefined) {
      stopTimer();
      pendingTimer = setTimeout(flush, maxPendingMs);
    }
  }

  return { write, flush };
}
