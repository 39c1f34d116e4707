/** Step limits (docs/connectivity.md "Connection tests: steps and states"). */
export type ProbeTimeouts = {
  resolveMs: number;
  connectMs: number;
  /** TLS handshake and protocol login, each. */
  handshakeMs: number;
  queryMs: number;
  /** The whole test, all steps together. */
  deadlineMs: number;
};

export const DEFAULT_TIMEOUTS: ProbeTimeouts = { resolveMs: 2_000, connectMs: 3_000, handshakeMs: 5_000, queryMs: 5_000, deadlineMs: 15_000 };

export class StepTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "StepTimeoutError";
  }
}

/**
 * Races work against a timer; on timeout `cancel` runs (it must close whatever the work opened) and
 * the promise rejects with StepTimeoutError. The work's late settlement is swallowed.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, cancel: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      try {
        cancel();
      } catch {
        // closing a half-open driver may throw; the timeout is what the caller needs to hear
      }
      reject(new StepTimeoutError(ms));
    }, Math.max(1, ms));
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
