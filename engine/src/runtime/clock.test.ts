import { describe, expect, it } from "vitest";
import { createFakeClock } from "./clock";

describe("createFakeClock", () => {
  it("fires timers in time order as it advances, and never before they are due", async () => {
    const clock = createFakeClock(1_000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 200);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 100);
    const cancelled = clock.setTimeout(() => fired.push("cancelled"), 150);
    clock.clearTimeout(cancelled);
    await clock.advance(99);
    expect(fired).toEqual([]);
    await clock.advance(101);
    expect(fired).toEqual(["a@1100", "b@1200"]);
    expect(clock.now()).toBe(1_200);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("fires a timer set by a firing timer when it falls inside the same advance", async () => {
    const clock = createFakeClock(0);
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now());
      clock.setTimeout(() => fired.push(clock.now()), 50);
    }, 50);
    await clock.advanceTo(120);
    expect(fired).toEqual([50, 100]);
    expect(clock.now()).toBe(120);
  });
});
