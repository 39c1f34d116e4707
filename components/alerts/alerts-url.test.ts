import { describe, expect, it } from "vitest";
import { parseAlertsSearch, toAlertsSearch } from "./alerts-url";

describe("alerts URL", () => {
  it("reads source, delivery, receiver and range, and writes them back", () => {
    const search = "?from=2024-05-25&to=2024-05-27&source=SLA_ALERT%2CTOPIC_ALERT&status=SEND_FAIL&receiver=alice";
    const query = parseAlertsSearch(new URLSearchParams(search));
    expect(query).toMatchObject({ source: ["SLA_ALERT", "TOPIC_ALERT"], status: ["SEND_FAIL"], receiver: "alice", page: 1 });
    expect(toAlertsSearch(query)).toBe(search);
  });

  it("drops an unknown source and keeps the rest", () => {
    expect(parseAlertsSearch(new URLSearchParams("source=PAGER&status=SEND_SUCCESS"))).toEqual({ status: ["SEND_SUCCESS"], page: 1, pageSize: 50 });
  });
});
