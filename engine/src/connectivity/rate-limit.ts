/**
 * Test requests per user: a token bucket per key (AccessKey ID and operator), `burst` requests at
 * once and `perMinute` after that. Time arrives as an argument.
 */
export class TestRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(
    private readonly burst: number,
    private readonly perMinute: number,
  ) {}

  tryTake(key: string, now: number, cost = 1): boolean {
    if (this.burst <= 0) return true;
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.burst, bucket.tokens + (elapsed * this.perMinute) / 60_000);
    bucket.updatedAt = Math.max(bucket.updatedAt, now);
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }
}
