import { describe, expect, it } from "vitest";
import { appendLogChunk, visibleLines } from "./log-state";

const chunk = (text: string, from: number, overrides: Partial<{ isReset: boolean; isCutByUpstream: boolean; status: "RUNNING" | "SUCCESS" }> = {}) => ({
  text,
  from,
  length: from + text.length,
  isReset: false,
  isCutByUpstream: false,
  status: "RUNNING" as const,
  ...overrides,
});

describe("appendLogChunk", () => {
  it("splits a first chunk into lines and remembers how much it holds", () => {
    const state = appendLogChunk(undefined, chunk("a\nb\n", 0));
    expect(state).toMatchObject({ lines: ["a", "b", ""], length: 4 });
    expect(visibleLines(state)).toEqual(["a", "b"]);
  });

  it("continues a line that was still being written", () => {
    const first = appendLogChunk(undefined, chunk("rows: 12", 0));
    const next = appendLogChunk(first, chunk("00 written\nnext\n", 8));
    expect(next.lines).toEqual(["rows: 1200 written", "next", ""]);
    expect(next.length).toBe(24);
  });

  it("keeps the same state when nothing new came and the status did not change", () => {
    const first = appendLogChunk(undefined, chunk("a\n", 0));
    expect(appendLogChunk(first, chunk("", 2))).toBe(first);
    expect(appendLogChunk(first, chunk("", 2, { status: "SUCCESS" }))).toMatchObject({ status: "SUCCESS", lines: ["a", ""] });
  });

  it("starts over on a reset", () => {
    const first = appendLogChunk(undefined, chunk("old\nlines\n", 0));
    const reset = appendLogChunk(first, { ...chunk("[log truncated]\nnew\n", 0), isReset: true, isCutByUpstream: true });
    expect(reset).toMatchObject({ lines: ["[log truncated]", "new", ""], isCutByUpstream: true, length: 20 });
  });
});
