import type { Clock, ClockTimer } from "./clock";

export type PeriodicTask = { start(): void; stop(): Promise<void> };

/**
 * Runs `work` every `intervalMs` on the Clock, one run at a time: the next wait starts when a run
 * ends, so a slow run never overlaps the next. A failed run goes to `onError` and the loop goes on;
 * `stop()` waits for a run in progress.
 */
export function createPeriodicTask(options: { clock: Clock; intervalMs: number; work: () => Promise<unknown>; onError: (error: unknown) => void }): PeriodicTask {
  let timer: ClockTimer | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  function schedule(): void {
    if (stopped) return;
    timer = options.clock.setTimeout(() => {
      timer = null;
      running = options
        .work()
        .catch(options.onError)
        .finally(() => {
          running = null;
          schedule();
        });
    }, options.intervalMs);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) options.clock.clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}
