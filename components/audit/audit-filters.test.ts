import { describe, expect, it } from "vitest";
import { hasAnyFilter, parseAuditFilters, toAuditSearch } from "./audit-filters";

describe("audit filters in the URL", () => {
  it("reads every filter from the page URL", () => {
    const filters = parseAuditFilters(new URLSearchParams("actor=ana&action=instances.&result=failed&since=2026-11-23T16:00:00.000Z&targetId=11000004115"));
    expect(filters).toEqual({ actor: "ana", action: "instances.", result: "failed", since: "2026-11-23T16:00:00.000Z", until: undefined, targetId: "11000004115", limit: 50 });
    expect(hasAnyFilter(filters)).toBe(true);
  });

  it("drops invalid values instead of failing the page", () => {
    const filters = parseAuditFilters(new URLSearchParams("result=exploded&since=yesterday&actor="));
    expect(filters.result).toBeUndefined();
    expect(filters.since).toBeUndefined();
    expect(filters.actor).toBeUndefined();
    expect(hasAnyFilter(filters)).toBe(false);
  });

  it("writes only the filters that are set, in a stable order", () => {
    expect(toAuditSearch({ result: "refused", actor: " ana ", targetId: "" })).toBe("?actor=ana&result=refused");
    expect(toAuditSearch({})).toBe("");
  });
});
