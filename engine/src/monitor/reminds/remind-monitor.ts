import type { Clock, ClockTimer } from "../../runtime/clock";
import type { Database } from "../../store/database";
import { evaluateReminds, type RemindEvaluation } from "./evaluate";

export type RemindMonitor = { start(): void; stop(): Promise<void>; tick(): Promise<RemindEvaluation> };

/** Evaluates the remind rules every `intervalMs` (default one minute) on the Clock. */
export function createRemindMonitor(options: { db: Database; clock: Clock; intervalMs?: number; log?: (line: string) => void }): RemindMonitor {
  const intervalMs = options.intervalMs ?? 60_000;
  let timer: ClockTimer | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;
  const tick = () => evaluateReminds(options.db, options.clock.now());

  function schedule(): void {
    if (stopped) return;
    timer = options.clock.setTimeout(() => {
      timer = null;
      running = tick()
        .catch((error: unknown) => options.log?.(`remind evaluation: ${(error as Error).message}`))
        .finally(() => {
          running = null;
          schedule();
        });
    }, intervalMs);
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
    tick,
  };
}
