import { describe, expect, it } from "vitest";
import type { TKeyPathEntry } from "@/lib/contracts/baselines";
import { ganttGeometry, ganttTicks } from "./gantt-geometry";

const T0 = Date.parse("2024-05-27T05:00:00Z");
const min = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function entry(id: string, overrides: Partial<TKeyPathEntry>): TKeyPathEntry {
  return {
    instanceId: id,
    nodeId: id,
    nodeName: `node_${id}`,
    owner: "",
    programType: null,
    inGroupId: 1,
    status: "SUCCESS",
    cycTime: null,
    beginWaitTimeTime: null,
    beginWaitResTime: null,
    beginRunningTime: null,
    finishTime: null,
    beginCast: null,
    endCast: null,
    absTime: null,
    usualDurationSeconds: null,
    topics: [],
    ...overrides,
  };
}

describe("ganttGeometry", () => {
  const entries = [
    entry("a", { beginCast: min(0), endCast: min(10), beginRunningTime: min(0), finishTime: min(12) }),
    entry("b", { status: "RUNNING", beginCast: min(10), endCast: min(20), beginRunningTime: min(12) }),
    entry("c", { status: "NOT_RUN", beginCast: min(20), endCast: min(30) }),
  ];
  const geometry = ganttGeometry(entries, { now: T0 + 25 * 60_000, slaTime: min(40), expTime: min(35), width: 1000, rowHeight: 20 });

  it("spans every time with a little room, commitment included", () => {
    expect(geometry.domain.start).toBeLessThan(T0);
    expect(geometry.domain.end).toBeGreaterThan(T0 + 40 * 60_000);
    expect(geometry.height).toBe(60);
  });

  it("draws predicted and actual bars in proportion, the running one up to now and open", () => {
    const [a, b, c] = geometry.rows;
    const pxPerMinute = 1000 / ((geometry.domain.end - geometry.domain.start) / 60_000);
    expect(a!.predicted!.width).toBeCloseTo(10 * pxPerMinute, 5);
    expect(a!.actual!.width).toBeCloseTo(12 * pxPerMinute, 5);
    expect(a!.isLate).toBe(true);
    expect(b!.actual).toMatchObject({ isOpen: true, end: T0 + 25 * 60_000 });
    expect(b!.isLate).toBe(true);
    expect(c!.actual).toBeNull();
    expect(c!.y).toBe(40);
  });

  it("places the alert, the commitment and now in time order", () => {
    const x = Object.fromEntries(geometry.markers.map((marker) => [marker.kind, marker.x]));
    expect(x.now!).toBeLessThan(x.alert!);
    expect(x.alert!).toBeLessThan(x.commitment!);
    expect(x.commitment!).toBeLessThan(1000);
  });

  it("keeps a zero-length run visible", () => {
    const flat = ganttGeometry([entry("v", { beginCast: min(5), endCast: min(5) })], { now: T0, slaTime: null, expTime: null, width: 500, rowHeight: 10 });
    expect(flat.rows[0]!.predicted!.width).toBeGreaterThanOrEqual(2);
  });

  it("draws an empty path around now", () => {
    const empty = ganttGeometry([], { now: T0, slaTime: null, expTime: null, width: 500, rowHeight: 10 });
    expect(empty.rows).toEqual([]);
    expect(empty.markers.map((marker) => marker.kind)).toEqual(["now"]);
  });
});

describe("ganttTicks", () => {
  it("puts ticks on round minutes, about as many as asked", () => {
    const ticks = ganttTicks({ start: T0 - 60_000, end: T0 + 61 * 60_000 }, 6, (time) => time);
    expect(ticks.map((tick) => (tick.at - T0) / 60_000)).toEqual([0, 15, 30, 45, 60]);
  });
});
