import { describe, expect, it } from "vitest";
import { baselineInstancePath, parseBaselinesSearch, parseHops, toBaselinesSearch, withHops } from "./baselines-url";

describe("baselines URL", () => {
  it("reads filters, with DANGEROUS as DataWorks' DANGROUS", () => {
    expect(parseBaselinesSearch(new URLSearchParams("bizdate=2024-05-26&status=dangerous,OVER&priority=8,5&owner=alice"))).toEqual({
      bizdate: "2024-05-26",
      status: ["DANGROUS", "OVER"],
      priority: [8, 5],
      owner: "alice",
    });
  });

  it("drops a bad value and keeps the others", () => {
    expect(parseBaselinesSearch(new URLSearchParams("bizdate=yesterday&status=SAFE&priority=99"))).toEqual({ status: ["SAFE"] });
  });

  it("writes back what it reads, empty filters left out", () => {
    const search = "?bizdate=2024-05-26&owner=bob&priority=8&status=DANGROUS%2COVER";
    expect(toBaselinesSearch(parseBaselinesSearch(new URLSearchParams(search)))).toBe(search);
    expect(toBaselinesSearch({})).toBe("");
  });

  it("links an instance, naming the cycle only past the first", () => {
    expect(baselineInstancePath("/s/1/p/2", { baselineId: "5", bizdate: "2024-05-26", inGroupId: 1 })).toBe("/s/1/p/2/baselines/5/2024-05-26");
    expect(baselineInstancePath("/s/1/p/2", { baselineId: "5", bizdate: "2024-05-26", inGroupId: 3 })).toBe("/s/1/p/2/baselines/5/2024-05-26?cycle=3");
  });

  it("reads the graph's hops as 1 or 2, anything else as 1, and writes them beside the cycle", () => {
    expect(parseHops(new URLSearchParams("cycle=3&hops=2"))).toBe(2);
    for (const bad of ["hops=3", "hops=0", "hops=two", ""]) expect(parseHops(new URLSearchParams(bad)), bad).toBe(1);
    expect(withHops(new URLSearchParams("cycle=3"), 2)).toBe("?cycle=3&hops=2");
    expect(withHops(new URLSearchParams("cycle=3&hops=2"), 1)).toBe("?cycle=3");
    expect(withHops(new URLSearchParams("hops=2"), 1)).toBe("");
  });
});
