import type { Clock } from "../../runtime/clock";
import { createPeriodicTask } from "../../runtime/periodic-task";
import type { Database } from "../../store/database";
import { evaluateReminds, type RemindEvaluation } from "./evaluate";

export type RemindMonitor = { start(): void; stop(): Promise<void>; tick(): Promise<RemindEvaluation> };

/** Evaluates the remind rules every `intervalMs` (default one minute) on the Clock. */
export function createRemindMonitor(options: { db: Database; clock: Clock; intervalMs?: number; log?: (line: string) => void }): RemindMonitor {
  const intervalMs = options.intervalMs ?? 60_000;
  const tick = () => evaluateReminds(options.db, options.clock.now());
  const loop = createPeriodicTask({
    clock: options.clock,
    intervalMs,
    work: tick,
    onError: (error) => options.log?.(`remind evaluation: ${(error as Error).message}`),
  });
  return {
    start: loop.start,
    stop: loop.stop,
    tick,
  };
}
