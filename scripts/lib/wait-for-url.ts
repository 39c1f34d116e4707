export type WaitForUrlOptions = {
  timeoutMs: number;
  /** Pause between attempts. */
  intervalMs?: number;
  /** How long one attempt may take before it counts as "no answer". */
  attemptTimeoutMs?: number;
  /** Stops waiting early, e.g. when the process we wait for has died. */
  signal?: AbortSignal;
  isReady?: (response: Response) => boolean;
};

export type WaitForUrlResult =
  | { state: "ready"; attempts: number; elapsedMs: number }
  | { state: "timeout"; attempts: number; lastProblem: string }
  | { state: "aborted" };

/** Polls `url` until it answers as `isReady` wants (2xx by default), the time is up, or `signal` aborts. */
export async function waitForUrl(url: string, options: WaitForUrlOptions): Promise<WaitForUrlResult> {
  const { timeoutMs, intervalMs = 250, attemptTimeoutMs = 2_000, signal, isReady = (response) => response.ok } = options;
  const startedAt = Date.now();
  let attempts = 0;
  let lastProblem = "no attempt yet";
  while (!signal?.aborted) {
    attempts += 1;
    const remainingMs = timeoutMs - (Date.now() - startedAt);
    const attemptSignals = [AbortSignal.timeout(Math.max(1, Math.min(attemptTimeoutMs, remainingMs)))];
    if (signal) attemptSignals.push(signal);
    try {
      const response = await fetch(url, { signal: AbortSignal.any(attemptSignals), cache: "no-store" });
      await response.body?.cancel();
      if (isReady(response)) return { state: "ready", attempts, elapsedMs: Date.now() - startedAt };
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      if (signal?.aborted) break;
      lastProblem = describeFailure(error);
    }
    if (Date.now() - startedAt + intervalMs >= timeoutMs) return { state: "timeout", attempts, lastProblem };
    await sleep(intervalMs, signal);
  }
  return { state: "aborted" };
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return "no answer in time";
  const code = error instanceof Error ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
  if (code === "ECONNREFUSED") return "connection refused";
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
