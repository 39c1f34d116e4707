import { describe, expect, it } from "vitest";
import { mapWithConcurrency, Semaphore } from "./bounded-pool";

describe("bounded concurrency", () => {
  it("never runs more than the limit at once and keeps results in input order", async () => {
    let running = 0;
    let peak = 0;
    const results = await mapWithConcurrency(Array.from({ length: 50 }, (_, index) => index), 7, async (item) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return item * 2;
    });
    expect(peak).toBe(7);
    expect(results).toEqual(Array.from({ length: 50 }, (_, index) => index * 2));
  });

  it("hands slots to waiters in order and caps work across callers", async () => {
    const semaphore = new Semaphore(2);
    const order: number[] = [];
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 6 }, async (_, index) => {
        const release = await semaphore.acquire();
        running += 1;
        peak = Math.max(peak, running);
        order.push(index);
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
        release();
        release();
      }),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
