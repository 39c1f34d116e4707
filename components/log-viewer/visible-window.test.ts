import { describe, expect, it } from "vitest";
import { isAtBottom, scrollTopFor, visibleWindow } from "./visible-window";

describe("visibleWindow", () => {
  it("covers the viewport and the overscan, within the list", () => {
    expect(visibleWindow({ scrollTop: 180, viewportHeight: 360, lineHeight: 18, lineCount: 1_000_000, overscan: 10 })).toEqual({ first: 0, last: 40 });
    expect(visibleWindow({ scrollTop: 18_000, viewportHeight: 360, lineHeight: 18, lineCount: 1_000_000, overscan: 10 })).toEqual({ first: 990, last: 1030 });
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 360, lineHeight: 18, lineCount: 5, overscan: 10 })).toEqual({ first: 0, last: 5 });
  });

  it("renders nothing for an empty log", () => {
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 360, lineHeight: 18, lineCount: 0, overscan: 10 })).toEqual({ first: 0, last: 0 });
  });
});

describe("isAtBottom", () => {
  it("is true within the slack of the end and false when scrolled up", () => {
    expect(isAtBottom({ scrollTop: 640, viewportHeight: 360, contentHeight: 1000 })).toBe(true);
    expect(isAtBottom({ scrollTop: 620, viewportHeight: 360, contentHeight: 1000 })).toBe(true);
    expect(isAtBottom({ scrollTop: 500, viewportHeight: 360, contentHeight: 1000 })).toBe(false);
  });
});

describe("scrollTopFor", () => {
  it("keeps the scroll when the line is in view, else puts it a third down", () => {
    expect(scrollTopFor(5, { scrollTop: 0, viewportHeight: 360, lineHeight: 18 })).toBe(0);
    expect(scrollTopFor(100, { scrollTop: 0, viewportHeight: 360, lineHeight: 18 })).toBe(1800 - 120);
  });
});
