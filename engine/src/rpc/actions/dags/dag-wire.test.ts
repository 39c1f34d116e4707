import { describe, expect, it } from "vitest";
import { bizdateEpoch } from "../../../schedule/calendar";
import { aDag } from "../testing/entities";
import { gmtdateOf, toDagWire } from "./dag-wire";

describe("DAG wire mapper", () => {
  it("gives Gmtdate as the local midnight of the run date", () => {
    expect(gmtdateOf(aDag({ bizdate: bizdateEpoch("2020-05-25", "Asia/Shanghai") }), "Asia/Shanghai")).toBe(bizdateEpoch("2020-05-26", "Asia/Shanghai"));
  });

  it("keeps the run date's midnight across a DST change (a 23-hour day)", () => {
    const bizdate = bizdateEpoch("2024-03-30", "Europe/Berlin");
    expect(gmtdateOf(aDag({ bizdate }), "Europe/Berlin") - bizdate).toBe(24 * 3_600_000);
    const springBizdate = bizdateEpoch("2024-03-31", "Europe/Berlin");
    expect(gmtdateOf(aDag({ bizdate: springBizdate }), "Europe/Berlin") - springBizdate).toBe(23 * 3_600_000);
  });

  it("writes OpSeq only for backfills and null times that have not happened", () => {
    expect(toDagWire(aDag(), "UTC")).toMatchObject({ Type: "SUPPLY_DATA", OpSeq: 300_100_001n, StartTime: null, FinishTime: null });
    expect(toDagWire(aDag({ type: "SMOKE_TEST", opSeq: null }), "UTC").OpSeq).toBeNull();
  });
});
