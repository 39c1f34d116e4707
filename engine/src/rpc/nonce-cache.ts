export type NonceVerdict = "fresh" | "replayed" | "flooded";

export type NonceCacheOptions = {
  /** How long after its request's Timestamp a nonce is kept: the skew window, after which a replay fails the timestamp check anyway. */
  retentionMs: number;
  /** The most nonces kept for one AccessKey ID; beyond it the key is told to slow down. */
  maxPerKey: number;
};

/**
 * Remembers each AccessKey ID's SignatureNonces for the skew window, to refuse replays. It lives in
 * this process's memory: with several engine processes behind one address each keeps its own cache,
 * so a replay sent to another process is not detected (run one engine per endpoint, or pin clients).
 */
export class NonceCache {
  /** Per key, nonce → expiry; Maps keep insertion order, which is nearly expiry order. */
  private readonly nonces = new Map<string, Map<string, number>>();

  constructor(private readonly options: NonceCacheOptions) {}

  remember(accessKeyId: string, nonce: string, requestTimeMs: number, now: number): NonceVerdict {
    const keyNonces = this.nonces.get(accessKeyId) ?? new Map<string, number>();
    this.nonces.set(accessKeyId, keyNonces);
    evictExpiredFromFront(keyNonces, now);
    const expiresAt = keyNonces.get(nonce);
    if (expiresAt !== undefined && expiresAt > now) return "replayed";
    if (keyNonces.size >= this.options.maxPerKey) {
      evictAllExpired(keyNonces, now);
      if (keyNonces.size >= this.options.maxPerKey) return "flooded";
    }
    keyNonces.set(nonce, Math.max(requestTimeMs, now) + this.options.retentionMs);
    return "fresh";
  }

  /** How many nonces are held for a key (all keys when omitted). */
  size(accessKeyId?: string): number {
    if (accessKeyId !== undefined) return this.nonces.get(accessKeyId)?.size ?? 0;
    let total = 0;
    for (const keyNonces of this.nonces.values()) total += keyNonces.size;
    return total;
  }
}

function evictExpiredFromFront(keyNonces: Map<string, number>, now: number): void {
  for (const [nonce, expiresAt] of keyNonces) {
    if (expiresAt > now) return;
    keyNonces.delete(nonce);
  }
}

function evictAllExpired(keyNonces: Map<string, number>, now: number): void {
  for (const [nonce, expiresAt] of keyNonces) if (expiresAt <= now) keyNonces.delete(nonce);
}
