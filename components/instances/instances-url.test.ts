import { describe, expect, it } from "vitest";
import {
  hasPreviousPage,
  instancesPageHref,
  nextPage,
  pageNumberOf,
  parseInstancesSearch,
  previousPage,
  toInstancesSearch,
  toListRequest,
  withFilter,
  type TInstancesUrlState,
} from "./instances-url";

const parse = (text: string) => parseInstancesSearch(new URLSearchParams(text));

describe("instances page URL state", () => {
  it("reads the brief's deep link and writes it back the same", () => {
    const { state, hasInvalidParams } = parse("bizdate=2026-11-23&status=FAILURE");
    expect(hasInvalidParams).toBe(false);
    expect(state.filter).toEqual({ bizdate: "2026-11-23", status: ["FAILURE"] });
    expect(toInstancesSearch(state)).toBe("?bizdate=2026-11-23&status=FAILURE");
  });

  it("reads every filter, statuses as a comma list or repeated, and round-trips them", () => {
    const text = "from=2026-11-01&to=2026-11-23&status=FAILURE,RUNNING&node=ods&nodeId=9007199254740993&owner=bob&programType=SHELL&dagType=SUPPLY_DATA&baselineId=555&suspended=true&pageSize=100&sort=duration&dir=asc";
    const { state, hasInvalidParams } = parse(text);
    expect(hasInvalidParams).toBe(false);
    expect(state.filter).toEqual({
      from: "2026-11-01",
      to: "2026-11-23",
      status: ["FAILURE", "RUNNING"],
      node: "ods",
      nodeId: "9007199254740993",
      owner: "bob",
      programType: "SHELL",
      dagType: "SUPPLY_DATA",
      baselineId: "555",
      suspended: true,
    });
    expect(state.sort).toEqual({ column: "duration", direction: "asc" });
    expect(parse(toInstancesSearch(state).slice(1)).state).toEqual(state);
    expect(parse("status=FAILURE&status=SUCCESS").state.filter.status).toEqual(["FAILURE", "SUCCESS"]);
  });

  it("drops only the invalid params and says so", () => {
    const { state, hasInvalidParams } = parse("bizdate=2026-02-30&status=FAILURE,EXPLODED&owner=bob&pageSize=7&sort=nope");
    expect(hasInvalidParams).toBe(true);
    expect(state.filter).toEqual({ owner: "bob" });
    expect(state.pageSize).toBe(50);
    expect(state.sort).toBeNull();
    const range = parse("from=2026-11-23&to=2026-11-01");
    expect(range.hasInvalidParams).toBe(true);
    expect(range.state.filter).toEqual({ from: "2026-11-23" });
  });

  it("walks forward and back with a stack of cursors", () => {
    const first = parse("status=FAILURE").state;
    expect(hasPreviousPage(first)).toBe(false);
    const second = nextPage(first, "c2");
    const third = nextPage(second, "c3");
    expect(third).toMatchObject({ cursor: "c3", back: ["c2"] });
    expect(pageNumberOf(third)).toBe(3);
    expect(toInstancesSearch(third)).toBe("?status=FAILURE&back=c2&cursor=c3");
    expect(parse(toInstancesSearch(third).slice(1)).state).toMatchObject({ cursor: "c3", back: ["c2"] });
    const backToSecond = previousPage(third);
    expect(backToSecond).toMatchObject({ cursor: "c2", back: [] });
    const backToFirst = previousPage(backToSecond);
    expect(backToFirst.cursor).toBeUndefined();
    expect(pageNumberOf(backToFirst)).toBe(1);
  });

  it("pages by number where the upstream has no cursor", () => {
    const first = parse("nodeId=42").state;
    const second = nextPage(first, null);
    expect(second.page).toBe(2);
    expect(toInstancesSearch(second)).toBe("?nodeId=42&page=2");
    expect(toListRequest(second)).toEqual({ nodeId: "42", page: 2, pageSize: 50 });
    expect(previousPage(second).page).toBe(1);
  });

  it("starts again on the first page when the filter changes, and leaves empty fields out", () => {
    const deep: TInstancesUrlState = { ...parse("status=FAILURE").state, cursor: "c3", back: ["c2"] };
    const changed = withFilter(deep, { status: [], owner: "", node: "dwd" });
    expect(changed).toMatchObject({ filter: { node: "dwd" }, cursor: undefined, back: [], page: 1 });
  });

  it("links to a filtered list from elsewhere", () => {
    expect(instancesPageHref("/s/1/p/10000", { bizdate: "2026-11-23", status: ["FAILURE"] })).toBe("/s/1/p/10000/instances?bizdate=2026-11-23&status=FAILURE");
  });
});
