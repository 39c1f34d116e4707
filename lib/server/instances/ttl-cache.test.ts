import { describe, expect, it } from "vitest";
import { TtlCache } from "./ttl-cache";

describe("TtlCache", () => {
  it("shares one load between callers until it expires", async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<number>(1_000, 10, () => now);
    const load = async () => ++loads;
    expect(await Promise.all([cache.get("a", load), cache.get("a", load)])).toEqual([1, 1]);
    now = 999;
    expect(await cache.get("a", load)).toBe(1);
    now = 1_000;
    expect(await cache.get("a", load)).toBe(2);
  });

  it("takes values learnt elsewhere and tells which keys it holds", async () => {
    let now = 0;
    const cache = new TtlCache<string>(1_000, 10, () => now);
    expect(cache.has("a")).toBe(false);
    await cache.set("a", Promise.resolve("listed"));
    expect(cache.has("a")).toBe(true);
    expect(await cache.get("a", async () => "loaded")).toBe("listed");
    now = 1_000;
    expect(cache.has("a")).toBe(false);
  });

  it("forgets a failed load so that the next caller tries again", async () => {
    const cache = new TtlCache<string>(60_000);
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get("k", async () => "up")).toBe("up");
  });

  it("drops the oldest entries beyond its bound", async () => {
    let loads = 0;
    const cache = new TtlCache<number>(60_000, 2);
    const load = async () => ++loads;
    await cache.get("a", load);
    await cache.get("b", load);
    await cache.get("c", load);
    expect(await cache.get("a", load)).toBe(4);
  });
});
