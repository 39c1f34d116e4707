import { describe, expect, it } from "vitest";
import { parseEventsSearch, toEventsSearch } from "./events-url";

describe("events URL", () => {
  it("reads the range and filters and writes them back", () => {
    const search = "?from=2024-05-20&to=2024-05-27&status=NEW%2CFIXING&type=ERROR&page=2";
    const query = parseEventsSearch(new URLSearchParams(search));
    expect(query).toMatchObject({ from: "2024-05-20", to: "2024-05-27", status: ["NEW", "FIXING"], type: ["ERROR"], page: 2, pageSize: 50 });
    expect(toEventsSearch(query)).toBe(search);
  });

  it("drops what is not valid and keeps the rest", () => {
    expect(parseEventsSearch(new URLSearchParams("status=NEW,BROKEN&type=SLOW&page=0"))).toEqual({ type: ["SLOW"], page: 1, pageSize: 50 });
  });
});
