import { describe, expect, it } from "vitest";
import { createFakeClock } from "./clock";
import { createPeriodicTask } from "./periodic-task";

describe("createPeriodicTask", () => {
  it("runs once per interval after start, goes on after a failure, and stops", async () => {
    const clock = createFakeClock(0);
    const runs: number[] = [];
    const errors: string[] = [];
    const task = createPeriodicTask({
      clock,
      intervalMs: 1_000,
      work: async () => {
        runs.push(clock.now());
        if (runs.length === 2) throw new Error("boom");
      },
      onError: (error) => errors.push((error as Error).message),
    });
    await clock.advance(5_000);
    expect(runs).toEqual([]);
    task.start();
    task.start();
    await clock.advance(3_000);
    expect(runs).toEqual([6_000, 7_000, 8_000]);
    expect(errors).toEqual(["boom"]);
    await task.stop();
    await clock.advance(3_000);
    expect(runs).toHaveLength(3);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("waits for a run in progress when stopped", async () => {
    const clock = createFakeClock(0);
    let release!: () => void;
    let finished = false;
    const task = createPeriodicTask({
      clock,
      intervalMs: 10,
      work: () => new Promise<void>((resolve) => (release = resolve)).then(() => void (finished = true)),
      onError: () => undefined,
    });
    task.start();
    await clock.advance(10);
    const stopped = task.stop();
    release();
    await stopped;
    expect(finished).toBe(true);
  });
});
