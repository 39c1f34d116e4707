import { describe, expect, it } from "vitest";
import { createLogBatcher } from "./log-batcher";
import type { OutputChunk } from "./types";

const chunk = (text: string): OutputChunk => ({ stream: "stdout", text, at: 0 });
const textsOf = (batch: OutputChunk[]) => batch.map((item) => item.text);

/** A flush whose calls can be held open, to observe what happens while one is in flight. */
function createGatedFlush() {
  const batches: string[][] = [];
  const gates: Array<() => void> = [];
  const waiters: Array<() => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  async function flush(chunks: OutputChunk[]): Promise<void> {
    batches.push(textsOf(chunks));
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    waiters.splice(0).forEach((wake) => wake());
    await new Promise<void>((release) => gates.push(release));
    inFlight -= 1;
  }
  const nextFlushStarted = () => new Promise<void>((wake) => waiters.push(wake));
  const releaseOne = () => gates.shift()?.();
  return { flush, batches, nextFlushStarted, releaseOne, maxInFlight: () => maxInFlight };
}

describe("createLogBatcher", () => {
  it("coalesces chunks pushed within the delay into one flush", async () => {
    const batches: string[][] = [];
    let flushed: () => void = () => {};
    const firstFlush = new Promise<void>((resolve) => (flushed = resolve));
    const batcher = createLogBatcher({
      maxDelayMs: 20,
      flush: async (chunks) => {
        batches.push(textsOf(chunks));
        flushed();
      },
    });
    batcher.push(chunk("a\n"));
    batcher.push(chunk("b\n"));
    batcher.push(chunk("c\n"));
    await firstFlush;
    expect(batches).toEqual([["a\n", "b\n", "c\n"]]);
    await batcher.close();
    expect(batches).toHaveLength(1);
  });

  it("flushes without waiting once the queued text reaches the byte limit", async () => {
    const gated = createGatedFlush();
    const batcher = createLogBatcher({ flush: gated.flush, maxDelayMs: 60_000, maxBytes: 8 });
    const started = gated.nextFlushStarted();
    batcher.push(chunk("1234"));
    expect(gated.batches).toEqual([]);
    batcher.push(chunk("5678"));
    await started;
    expect(gated.batches).toEqual([["1234", "5678"]]);
    gated.releaseOne();
    await batcher.close();
  });

  it("runs one flush at a time and sends what arrived meanwhile in the next", async () => {
    const gated = createGatedFlush();
    const batcher = createLogBatcher({ flush: gated.flush, maxDelayMs: 60_000, maxBytes: 1 });
    const firstStarted = gated.nextFlushStarted();
    batcher.push(chunk("first"));
    await firstStarted;
    batcher.push(chunk("second"));
    batcher.push(chunk("third"));
    expect(gated.batches).toEqual([["first"]]);

    const secondStarted = gated.nextFlushStarted();
    gated.releaseOne();
    await secondStarted;
    expect(gated.batches).toEqual([["first"], ["second", "third"]]);
    gated.releaseOne();
    await batcher.close();
    expect(gated.maxInFlight()).toBe(1);
  });

  it("flushes what is left on close", async () => {
    const batches: string[][] = [];
    const batcher = createLogBatcher({ maxDelayMs: 60_000, flush: async (chunks) => void batches.push(textsOf(chunks)) });
    batcher.push(chunk("tail"));
    expect(batches).toEqual([]);
    await batcher.close();
    expect(batches).toEqual([["tail"]]);
  });

  it("waits on close for a flush already in flight", async () => {
    const gated = createGatedFlush();
    const batcher = createLogBatcher({ flush: gated.flush, maxBytes: 1 });
    const started = gated.nextFlushStarted();
    batcher.push(chunk("in flight"));
    await started;
    let isClosed = false;
    const closing = batcher.close().then(() => (isClosed = true));
    await Promise.resolve();
    expect(isClosed).toBe(false);
    gated.releaseOne();
    await closing;
    expect(isClosed).toBe(true);
  });

  it("retries a failed flush once and delivers the same batch", async () => {
    const attempts: string[][] = [];
    const errors: unknown[] = [];
    const batcher = createLogBatcher({
      flush: async (chunks) => {
        attempts.push(textsOf(chunks));
        if (attempts.length === 1) throw new Error("database busy");
      },
      onError: (error) => errors.push(error),
    });
    batcher.push(chunk("line"));
    await batcher.close();
    expect(attempts).toEqual([["line"], ["line"]]);
    expect(errors).toEqual([]);
  });

  it("reports a batch that failed twice to onError and keeps going", async () => {
    let attempts = 0;
    const reported: Array<{ error: unknown; texts: string[] }> = [];
    const delivered: string[][] = [];
    const batcher = createLogBatcher({
      maxBytes: 1,
      flush: async (chunks) => {
        attempts += 1;
        if (attempts <= 2) throw new Error("disk full");
        delivered.push(textsOf(chunks));
      },
      onError: (error, chunks) => reported.push({ error, texts: textsOf(chunks) }),
    });
    expect(() => batcher.push(chunk("lost"))).not.toThrow();
    batcher.push(chunk("kept"));
    await batcher.close();
    expect(attempts).toBe(3);
    expect(reported).toEqual([{ error: new Error("disk full"), texts: ["lost"] }]);
    expect(delivered).toEqual([["kept"]]);
  });
});
