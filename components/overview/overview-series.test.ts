import { describe, expect, it } from "vitest";
import { toAmountRows, toNodeTypeSlices, toStatusTiles, toTrendRows } from "./overview-series";

describe("overview series", () => {
  it("lays the three trends on the 24 hours, leaving hours without a point empty rather than zero", () => {
    const rows = toTrendRows({ today: [{ time: "00:00", count: 3 }, { time: "01:00", count: 5 }], yesterday: [{ time: "00:00", count: 2 }], average: [] });
    expect(rows).toHaveLength(24);
    expect(rows[0]).toEqual({ time: "00:00", today: 3, yesterday: 2, average: null });
    expect(rows[1]).toEqual({ time: "01:00", today: 5, yesterday: null, average: null });
    expect(rows[23]).toEqual({ time: "23:00", today: null, yesterday: null, average: null });
  });

  it("labels daily amounts by month and day, oldest first", () => {
    expect(toAmountRows([{ bizdate: "2026-11-23", count: 9 }, { bizdate: "2026-11-22", count: 7 }])).toEqual([
      { bizdate: "2026-11-22", day: "11-22", count: 7 },
      { bizdate: "2026-11-23", day: "11-23", count: 9 },
    ]);
  });

  it("keeps the largest node types and folds the rest into Other, with token colours", () => {
    const counts = ["A", "B", "C", "D", "E", "F", "G"].map((programType, index) => ({ programType, count: 10 - index }));
    const slices = toNodeTypeSlices(counts, "Other", 5);
    expect(slices.map((slice) => [slice.name, slice.value])).toEqual([
      ["A", 10],
      ["B", 9],
      ["C", 8],
      ["D", 7],
      ["E", 6],
      ["Other", 9],
    ]);
    expect(slices.every((slice) => slice.color.startsWith("var(--"))).toBe(true);
    // One type more than the limit is shown as itself, not as "Other".
    expect(toNodeTypeSlices(counts.slice(0, 6), "Other", 5).map((slice) => slice.name)).toEqual(["A", "B", "C", "D", "E", "F"]);
  });

  it("makes a tile per status, failures first, zeros included", () => {
    const tiles = toStatusTiles({ total: 3, byStatus: { NOT_RUN: 0, WAIT_TIME: 0, WAIT_RESOURCE: 0, RUNNING: 1, CHECKING: 0, CHECKING_CONDITION: 0, FAILURE: 2, SUCCESS: 0 } });
    expect(tiles).toHaveLength(8);
    expect(tiles[0]).toEqual({ status: "FAILURE", count: 2 });
    expect(tiles.find((tile) => tile.status === "SUCCESS")?.count).toBe(0);
  });
});
