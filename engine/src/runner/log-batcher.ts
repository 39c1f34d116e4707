import type { OutputChunk } from "./types";

export type LogBatcher = {
  /** Queues a chunk; flush failures never reach the caller. */
  push(chunk: OutputChunk): void;
  /** Flushes everything queued and waits for it; chunks pushed afterwards are flushed at once. */
  close(): Promise<void>;
};

export type LogBatcherOptions = {
  flush: (chunks: OutputChunk[]) => Promise<void>;
  /** Longest a queued chunk waits before a flush. */
  maxDelayMs?: number;
  /** Queued text bytes that trigger a flush without waiting. */
  maxBytes?: number;
  /** Called with a batch whose flush failed twice; the batch is dropped. */
  onError?: (error: unknown, chunks: OutputChunk[]) => void;
};

/**
 * Coalesces output chunks so the runtime appends them to the database in batches. Flushes run one
 * at a time, in order; what arrives during a flush goes into the next one.
 */
export function createLogBatcher(options: LogBatcherOptions): LogBatcher {
  const { flush, maxDelayMs = 500, maxBytes = 64 * 1024, onError = reportFlushFailure } = options;
  let queued: OutputChunk[] = [];
  let queuedBytes = 0;
  let delayTimer: NodeJS.Timeout | undefined;
  let draining: Promise<void> | null = null;
  let isClosed = false;

  async function deliver(chunks: OutputChunk[]): Promise<void> {
    try {
      await flush(chunks);
    } catch {
      try {
        await flush(chunks);
      } catch (error) {
        try {
          onError(error, chunks);
        } catch {
          // The error reporter itself failing must not stop later batches.
        }
      }
    }
  }

  async function drain(): Promise<void> {
    try {
      while (queued.length > 0) {
        const batch = queued;
        queued = [];
        queuedBytes = 0;
        await deliver(batch);
      }
    } finally {
      draining = null;
    }
  }

  function flushSoon(): void {
    clearTimeout(delayTimer);
    delayTimer = undefined;
    // With something queued, drain() awaits before its finally, so `draining` is set first.
    if (draining === null && queued.length > 0) draining = drain();
  }

  function push(chunk: OutputChunk): void {
    queued.push(chunk);
    queuedBytes += Buffer.byteLength(chunk.text);
    if (isClosed || queuedBytes >= maxBytes) return flushSoon();
    if (draining === null && delayTimer === undefined) delayTimer = setTimeout(flushSoon, maxDelayMs);
  }

  async function close(): Promise<void> {
    isClosed = true;
    flushSoon();
    await draining;
  }

  return { push, close };
}

function reportFlushFailure(error: unknown, chunks: OutputChunk[]): void {
  console.error(`[nightshift] dropped ${chunks.length} log chunks after a failed retry:`, error);
}
