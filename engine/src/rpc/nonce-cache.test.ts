import { describe, expect, it } from "vitest";
import { NonceCache } from "./nonce-cache";

const T0 = 1_700_000_000_000;
const WINDOW_MS = 900_000;

describe("NonceCache", () => {
  it("accepts a nonce once and refuses it again within the window", () => {
    const cache = new NonceCache({ retentionMs: WINDOW_MS, maxPerKey: 10 });
    expect(cache.remember("key", "n1", T0, T0)).toBe("fresh");
    expect(cache.remember("key", "n1", T0, T0 + 1000)).toBe("replayed");
  });

  it("keeps nonces of different AccessKeys apart", () => {
    const cache = new NonceCache({ retentionMs: WINDOW_MS, maxPerKey: 10 });
    cache.remember("a", "n1", T0, T0);
    expect(cache.remember("b", "n1", T0, T0)).toBe("fresh");
  });

  it("forgets a nonce once the window after its request has passed", () => {
    const cache = new NonceCache({ retentionMs: WINDOW_MS, maxPerKey: 10 });
    cache.remember("key", "n1", T0, T0);
    cache.remember("key", "n2", T0, T0 + WINDOW_MS + 1);
    expect(cache.size("key")).toBe(1);
  });

  it("keeps a nonce whose Timestamp lies ahead until the window after that Timestamp", () => {
    const cache = new NonceCache({ retentionMs: WINDOW_MS, maxPerKey: 10 });
    const ahead = T0 + 600_000;
    cache.remember("key", "n1", ahead, T0);
    expect(cache.remember("key", "n1", ahead, ahead + WINDOW_MS - 1)).toBe("replayed");
  });

  it("answers flooded when one key fills its share, and recovers as nonces expire", () => {
    const cache = new NonceCache({ retentionMs: WINDOW_MS, maxPerKey: 3 });
    for (const nonce of ["n1", "n2", "n3"]) expect(cache.remember("key", nonce, T0, T0)).toBe("fresh");
    expect(cache.remember("key", "n4", T0, T0)).toBe("flooded");
    expect(cache.remember("other", "n4", T0, T0)).toBe("fresh");
    expect(cache.remember("key", "n4", T0, T0 + WINDOW_MS + 1)).toBe("fresh");
    expect(cache.size()).toBe(2);
  });
});
