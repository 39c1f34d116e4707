import { describe, expect, it } from "vitest";
import { nextRefreshBeat, type TRefreshBeat } from "./refresh-beat";

const START: TRefreshBeat = { pageKey: "?page=1", dataUpdatedAt: 1_000, count: 0 };

describe("nextRefreshBeat", () => {
  it("beats when the page shown gets newer data", () => {
    expect(nextRefreshBeat(START, "?page=1", 6_000)).toEqual({ pageKey: "?page=1", dataUpdatedAt: 6_000, count: 1 });
  });

  it("does not beat when another page opens, even with newer data", () => {
    expect(nextRefreshBeat(START, "?page=2", 6_000)).toEqual({ pageKey: "?page=2", dataUpdatedAt: 6_000, count: 0 });
  });

  it("keeps the same state when nothing changed (no re-render loop)", () => {
    expect(nextRefreshBeat(START, "?page=1", 1_000)).toBe(START);
  });

  it("does not beat when an older page comes back from the cache", () => {
    const onPageTwo = nextRefreshBeat(START, "?page=2", 6_000);
    expect(nextRefreshBeat(onPageTwo, "?page=1", 1_000).count).toBe(0);
  });
});
