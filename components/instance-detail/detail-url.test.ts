import { describe, expect, it } from "vitest";
import { parseDetailSearch, toDetailSearch } from "./detail-url";

describe("instance page URL state", () => {
  it("reads the tab, depth and direction", () => {
    expect(parseDetailSearch(new URLSearchParams("tab=graph&depth=4&direction=UPSTREAM"))).toEqual({ tab: "graph", depth: 4, direction: "UPSTREAM" });
  });

  it("falls back to the defaults for missing or bad values", () => {
    expect(parseDetailSearch(new URLSearchParams("tab=nope&depth=9&direction=sideways"))).toEqual({ tab: "log", depth: 2, direction: "BOTH" });
  });

  it("writes only what differs from the defaults, and reads back the same", () => {
    expect(toDetailSearch({ tab: "log", depth: 2, direction: "BOTH" })).toBe("");
    const state = { tab: "graph", depth: 5, direction: "DOWNSTREAM" } as const;
    expect(parseDetailSearch(new URLSearchParams(toDetailSearch(state).slice(1)))).toEqual(state);
  });
});
