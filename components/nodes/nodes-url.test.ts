import { describe, expect, it } from "vitest";
import { parseNodesSearch, toNodesSearch } from "./nodes-url";

describe("node list URL state", () => {
  it("reads the filters and the page", () => {
    expect(parseNodesSearch(new URLSearchParams("name=ods_&owner=bob&page=3&pageSize=25"))).toEqual({ name: "ods_", owner: "bob", programType: undefined, page: 3, pageSize: 25 });
  });

  it("keeps the valid filters when another one is bad", () => {
    expect(parseNodesSearch(new URLSearchParams("name=dwd&pageSize=7&page=0"))).toMatchObject({ name: "dwd", page: 1, pageSize: 50 });
  });

  it("writes defaults out and reads back the same", () => {
    expect(toNodesSearch({ page: 1, pageSize: 50 })).toBe("");
    const query = { name: "ads", owner: undefined, programType: "SHELL", page: 2, pageSize: 100 };
    expect(parseNodesSearch(new URLSearchParams(toNodesSearch(query).slice(1)))).toEqual(query);
  });
});
