import { describe, expect, it } from "vitest";
import { INITIAL_KEY_SEQUENCE_STATE, isTypingTarget, pressKey, type KeySequenceState } from "./key-sequence";

const shortcuts = [
  { id: "overview", keys: ["g", "o"] },
  { id: "instances", keys: ["g", "i"] },
  { id: "search", keys: ["/"] },
  { id: "help", keys: ["?"] },
] as const;

function type(keys: [string, number][]) {
  let state: KeySequenceState = INITIAL_KEY_SEQUENCE_STATE;
  const matches: (string | null)[] = [];
  for (const [key, at] of keys) {
    const result = pressKey(shortcuts, state, key, at);
    state = result.state;
    matches.push(result.matched);
  }
  return { matches, state };
}

describe("pressKey", () => {
  it("matches a single-key shortcut at once", () => {
    expect(type([["/", 0]]).matches).toEqual(["search"]);
  });

  it("waits after the first key of a sequence and matches on the second", () => {
    expect(type([["g", 0], ["o", 300]]).matches).toEqual([null, "overview"]);
  });

  it("forgets a first key that was pressed too long ago", () => {
    expect(type([["g", 0], ["o", 5_000]]).matches).toEqual([null, null]);
  });

  it("lets a key that breaks a sequence start a new one", () => {
    const { matches, state } = type([["g", 0], ["x", 100], ["g", 200], ["i", 300]]);
    expect(matches).toEqual([null, null, null, "instances"]);
    expect(state.pending).toEqual([]);
  });

  it("matches a single-key shortcut typed in the middle of a sequence", () => {
    expect(type([["g", 0], ["?", 100]]).matches).toEqual([null, "help"]);
  });

  it("ignores keys that start nothing", () => {
    const { matches, state } = type([["x", 0], ["o", 50]]);
    expect(matches).toEqual([null, null]);
    expect(state).toEqual(INITIAL_KEY_SEQUENCE_STATE);
  });

  it("restarts after g g within the timeout", () => {
    expect(type([["g", 0], ["g", 100], ["o", 200]]).matches).toEqual([null, null, "overview"]);
  });
});

describe("isTypingTarget", () => {
  const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, isContentEditable: false, ...extra }) as unknown as EventTarget;
  it("is true for text fields, text areas, selects and editable content", () => {
    expect(isTypingTarget(element("INPUT", { type: "text" }))).toBe(true);
    expect(isTypingTarget(element("INPUT", { type: "search" }))).toBe(true);
    expect(isTypingTarget(element("TEXTAREA"))).toBe(true);
    expect(isTypingTarget(element("SELECT"))).toBe(true);
    expect(isTypingTarget(element("DIV", { isContentEditable: true }))).toBe(true);
  });
  it("is false for checkboxes, buttons and the page", () => {
    expect(isTypingTarget(element("INPUT", { type: "checkbox" }))).toBe(false);
    expect(isTypingTarget(element("BUTTON"))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
