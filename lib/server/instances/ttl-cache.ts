/**
 * A small in-process cache of promises with a time to live: concurrent callers share one load,
 * a failed load is forgotten at once. Bounded: the oldest entries go first past `maxEntries`.
 */
export class TtlCache<Value> {
  private readonly entries = new Map<string, { value: Promise<Value>; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `key` holds a value (or a load under way) that has not expired. */
  has(key: string): boolean {
    const cached = this.entries.get(key);
    return cached !== undefined && cached.expiresAt > this.now();
  }

  get(key: string, load: () => Promise<Value>): Promise<Value> {
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > this.now()) return cached.value;
    return this.set(key, load());
  }

  /** Stores a value learnt some other way (e.g. from a listing), replacing what `key` held. */
  set(key: string, value: Promise<Value>): Promise<Value> {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
