import type { ApiLevel } from "./action";

export type ApiLevelLimit = { queriesPerSecond: number; callsPerDay: number | null };

/** DataWorks' limits (spec §1.5), counted per AccessKey ID across all APIs of a level. */
export const API_LEVEL_LIMITS: Readonly<Record<ApiLevel, ApiLevelLimit>> = {
  1: { queriesPerSecond: 50, callsPerDay: null },
  2: { queriesPerSecond: 20, callsPerDay: null },
  3: { queriesPerSecond: 5, callsPerDay: 10_000 },
};

/** A token bucket holding up to one second of calls; time only ever arrives as an argument. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly tokensPerMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  tryTake(now: number): boolean {
    // A clock that steps backwards refills nothing rather than going negative.
    const elapsedMs = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + elapsedMs * this.tokensPerMs);
    this.updatedAt = Math.max(this.updatedAt, now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export type ThrottleVerdict = "allowed" | "qps-exceeded" | "daily-exceeded";

const DAY_MS = 86_400_000;

/**
 * Admits calls by API level. `scale` multiplies every limit (0 = unlimited, for benchmarks). The
 * daily limit counts calls in UTC calendar days: the spec names no day boundary or time zone.
 */
export class ApiLevelThrottle {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly dailyCalls = new Map<string, { day: number; count: number }>();

  constructor(
    private readonly scale: number = 1,
    private readonly limits: Readonly<Record<ApiLevel, ApiLevelLimit>> = API_LEVEL_LIMITS,
  ) {
    if (!(scale >= 0) || !Number.isFinite(scale)) throw new Error(`ApiLevelThrottle: scale must be a finite number ≥ 0, got ${scale}`);
  }

  admit(accessKeyId: string, level: ApiLevel, now: number): ThrottleVerdict {
    if (this.scale === 0) return "allowed";
    const limit = this.limits[level];
    const key = `${level}\u0000${accessKeyId}`;
    const day = Math.floor(now / DAY_MS);
    const daily = this.dailyCalls.get(key);
    const callsToday = daily?.day === day ? daily.count : 0;
    if (limit.callsPerDay !== null && callsToday >= Math.max(1, Math.round(limit.callsPerDay * this.scale))) return "daily-exceeded";
    if (!this.bucketFor(key, limit, now).tryTake(now)) return "qps-exceeded";
    if (limit.callsPerDay !== null) this.dailyCalls.set(key, { day, count: callsToday + 1 });
    return "allowed";
  }

  private bucketFor(key: string, limit: ApiLevelLimit, now: number): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      const queriesPerSecond = limit.queriesPerSecond * this.scale;
      bucket = new TokenBucket(Math.max(1, queriesPerSecond), queriesPerSecond / 1000, now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
