import { describe, expect, it } from "vitest";
import { assignRowSlots, nextRowWindow, scrollTopToReveal, visibleRowWindow } from "./virtual-rows";

const base = { scrollTop: 0, viewportHeight: 330, offsetTop: 30, rowHeight: 33, count: 100, overscan: 5 };

describe("visibleRowWindow", () => {
  it("shows the rows under the viewport, the header's height deducted, plus the overscan below", () => {
    // 330 px of viewport from the top: rows 0–10 (row 10 starts at 330 − 30 … partly visible), +5.
    expect(visibleRowWindow(base)).toEqual({ start: 0, end: 15 });
  });

  it("follows the scroll position with the overscan on both sides", () => {
    // scrollTop 1,000 → 970 px into the rows → row 29 at the top, row 40 at the bottom.
    expect(visibleRowWindow({ ...base, scrollTop: 1_000 })).toEqual({ start: 24, end: 45 });
  });

  it("stops at the last row and never starts past it", () => {
    expect(visibleRowWindow({ ...base, scrollTop: 3_000 })).toEqual({ start: 85, end: 100 });
    expect(visibleRowWindow({ ...base, scrollTop: 99_999 })).toEqual({ start: 100, end: 100 });
  });

  it("renders everything while the row height is unknown, and nothing of an empty list", () => {
    expect(visibleRowWindow({ ...base, rowHeight: 0 })).toEqual({ start: 0, end: 100 });
    expect(visibleRowWindow({ ...base, count: 0 })).toEqual({ start: 0, end: 0 });
  });
});

describe("scrollTopToReveal", () => {
  it("leaves a row in view where it is", () => {
    expect(scrollTopToReveal(3, base)).toBeNull();
  });

  it("scrolls down just far enough to show a row below the viewport", () => {
    // Row 20 ends at 30 + 21 × 33 = 723; the viewport is 330 tall.
    expect(scrollTopToReveal(20, base)).toBe(393);
  });

  it("scrolls up so a row above clears the sticky header", () => {
    expect(scrollTopToReveal(4, { ...base, scrollTop: 600 })).toBe(132);
  });
});

describe("nextRowWindow", () => {
  it("keeps the rendered rows while they cover the viewport (no commit for a small scroll)", () => {
    // Rows 0–10 are visible; the 50 rows of the server render cover them.
    expect(nextRowWindow({ start: 0, end: 50 }, base, 50)).toEqual({ start: 0, end: 50 });
    // Scrolled to rows 5–15: the window 0–15 still covers them.
    expect(nextRowWindow({ start: 0, end: 15 }, { ...base, scrollTop: 30 + 5 * 33 }, 50)).toEqual({ start: 0, end: 15 });
  });

  it("moves once a visible row falls outside, to the visible rows plus the overscan", () => {
    // Rows 29–40 visible, the window ends at 35.
    expect(nextRowWindow({ start: 10, end: 35 }, { ...base, scrollTop: 1_000 }, 50)).toEqual({ start: 24, end: 45 });
  });

  it("shrinks a window far larger than needed", () => {
    expect(nextRowWindow({ start: 0, end: 100 }, base, 50)).toEqual({ start: 0, end: 15 });
  });
});

describe("assignRowSlots", () => {
  const slotsOf = (map: ReadonlyMap<number, number>) => [...map.entries()];

  it("numbers the rows of a first window from zero", () => {
    expect(slotsOf(assignRowSlots(new Map(), { start: 3, end: 6 }))).toEqual([
      [3, 0],
      [4, 1],
      [5, 2],
    ]);
  });

  it("keeps the slot of every row that stays, and hands the slots of departed rows to arriving ones", () => {
    const first = assignRowSlots(new Map(), { start: 0, end: 4 });
    // Scrolled by two: rows 0 and 1 leave (slots 0 and 1), rows 4 and 5 arrive and take them.
    const second = assignRowSlots(first, { start: 2, end: 6 });
    expect(slotsOf(second)).toEqual([
      [2, 2],
      [3, 3],
      [4, 0],
      [5, 1],
    ]);
    // No two rows share a slot, so no two React siblings share a key.
    expect(new Set(second.values()).size).toBe(4);
  });

  it("makes new slots only when the window grows beyond the departed rows", () => {
    const first = assignRowSlots(new Map(), { start: 10, end: 12 });
    const grown = assignRowSlots(first, { start: 11, end: 15 });
    expect(slotsOf(grown)).toEqual([
      [11, 1],
      [12, 0],
      [13, 2],
      [14, 3],
    ]);
  });

  it("never hands on a reserved slot (the row holding the keyboard focus)", () => {
    const first = assignRowSlots(new Map(), { start: 0, end: 3 });
    // Row 0 (slot 0) holds the focus and scrolls away: row 3 gets a fresh slot, not slot 0.
    const next = assignRowSlots(first, { start: 1, end: 4 }, new Set([0]));
    expect(next.get(3)).toBe(3);
    expect([...next.values()]).not.toContain(0);
  });

  it("jumps far (a new page at the top) by reusing every slot", () => {
    const bottom = assignRowSlots(new Map(), { start: 80, end: 100 });
    const top = assignRowSlots(bottom, { start: 0, end: 20 });
    expect(new Set(top.values())).toEqual(new Set(bottom.values()));
  });
});
