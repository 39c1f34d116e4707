import "server-only";

/**
 * Counts failed sign-ins per key (username + IP) in a sliding window, in memory: a restart
 * forgets them, which is acceptable for slowing down guessing on one console process.
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfterMs(key: string, now: number = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.maxFailures) return 0;
    return (recent[recent.length - this.maxFailures] as number) + this.windowMs - now;
  }

  recordFailure(key: string, now: number = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
    if (this.failures.size > 10_000) this.prune(now);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const [key, times] of this.failures) {
      if (!times.some((at) => at > now - this.windowMs)) this.failures.delete(key);
    }
  }
}

const globalLimiter = globalThis as typeof globalThis & { __nightshiftLoginLimiter?: LoginRateLimiter };

/** The process's limiter (kept across dev hot reloads). */
export function getLoginRateLimiter(): LoginRateLimiter {
  globalLimiter.__nightshiftLoginLimiter ??= new LoginRateLimiter();
  return globalLimiter.__nightshiftLoginLimiter;
}
