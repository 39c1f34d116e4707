import { describe, expect, it } from "vitest";
import { parseDagTab, parseDagsSearch, toDagsSearch } from "./dags-url";

describe("DAG list URL state", () => {
  it("reads the kind and the business date, falling back on bad values", () => {
    expect(parseDagsSearch(new URLSearchParams("type=SMOKE_TEST&bizdate=2026-11-23"))).toEqual({ type: "SMOKE_TEST", bizdate: "2026-11-23" });
    expect(parseDagsSearch(new URLSearchParams("type=nope&bizdate=yesterday"))).toEqual({ type: "ALL", bizdate: undefined });
  });

  it("writes only what differs from the defaults", () => {
    expect(toDagsSearch({ type: "ALL", bizdate: undefined })).toBe("");
    expect(toDagsSearch({ type: "SUPPLY_DATA", bizdate: "2026-11-01" })).toBe("?type=SUPPLY_DATA&bizdate=2026-11-01");
  });

  it("reads the DAG page's tab", () => {
    expect(parseDagTab(new URLSearchParams("tab=instances"))).toBe("instances");
    expect(parseDagTab(new URLSearchParams("tab=x"))).toBe("graph");
  });
});
