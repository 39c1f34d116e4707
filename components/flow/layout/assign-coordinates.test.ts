import { describe, expect, it } from "vitest";
import { placeInOrder } from "./assign-coordinates";

const place = (desired: number[], gaps: number[], weights = desired.map(() => 1)) =>
  Array.from(placeInOrder(desired.length, desired, weights, gaps, new Float64Array(desired.length)));

describe("placeInOrder", () => {
  it("keeps every vertex where it wants to be when the gaps allow it", () => {
    expect(place([0, 100, 250], [0, 50, 50])).toEqual([0, 100, 250]);
  });

  it("spreads vertices that want the same place evenly around it", () => {
    expect(place([10, 10, 10], [0, 20, 20])).toEqual([-10, 10, 30]);
  });

  it("never puts two vertices closer than their gap, and keeps their order", () => {
    const placed = place([50, 0, 30, 10], [0, 10, 10, 10]);
    for (let i = 1; i < placed.length; i++) expect(placed[i]! - placed[i - 1]!).toBeGreaterThanOrEqual(10 - 1e-9);
  });

  it("lets the heavier vertex stay closer to its wish", () => {
    const [light, heavy] = place([0, 0], [0, 10], [1, 9]);
    expect(Math.abs(heavy!)).toBeLessThan(Math.abs(light!));
  });
});
