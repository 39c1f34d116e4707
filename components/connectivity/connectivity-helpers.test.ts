import { describe, expect, it } from "vitest";
import type { TConnectivityStep } from "@/lib/contracts/connectivity";
import { formatDuration } from "./format-duration";
import { toHistorySeries } from "./history-series";
import { layoutTimeline } from "./step-timeline";

const step = (seq: number, start: string | null, end: string | null): TConnectivityStep => ({
  seq,
  code: null,
  name: `s${seq}`,
  startTime: start,
  endTime: end,
  durationMs: null,
  outcome: "passed",
  message: null,
  advice: null,
  synthetic: false,
  inferred: false,
});

describe("step timeline layout", () => {
  it("places steps on the test's time axis, a 0 ms step still visible", () => {
    const { bars, totalMs } = layoutTimeline([step(0, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.100Z"), step(1, "2026-01-01T00:00:00.100Z", "2026-01-01T00:00:00.400Z"), step(2, "2026-01-01T00:00:00.400Z", "2026-01-01T00:00:00.400Z")]);
    expect(totalMs).toBe(400);
    expect(bars.map((bar) => [bar.seq, Math.round(bar.offsetPercent), Math.round(bar.widthPercent)])).toEqual([
      [0, 0, 25],
      [1, 25, 75],
      [2, 99, 1],
    ]);
  });
  it("draws nothing for steps without times", () => {
    expect(layoutTimeline([step(0, null, null)])).toEqual({ bars: [], totalMs: null });
  });
});

describe("durations and history", () => {
  it("formats durations for people", () => {
    expect([formatDuration(null), formatDuration(0), formatDuration(12.4), formatDuration(1234), formatDuration(65_000)]).toEqual(["—", "0 ms", "12 ms", "1.2 s", "1 min 5 s"]);
  });
  it("counts a configuration error as reachable and an unreachable test as not", () => {
    const series = toHistorySeries(
      [
        { testedAt: "2026-01-01T00:00:00.000Z", resourceGroup: null, state: "Unreachable", durationMs: 5, message: null, failedStep: "Connect over TCP" },
        { testedAt: "2026-01-01T01:00:00.000Z", resourceGroup: null, state: "ConfigError", durationMs: 5, message: null, failedStep: "Log in" },
        { testedAt: "2026-01-01T02:00:00.000Z", resourceGroup: null, state: "Connectable", durationMs: 5, message: null, failedStep: null },
      ],
      (iso) => iso.slice(11, 16),
    );
    expect(series.map((point) => [point.at, point.reachable, point.connectable])).toEqual([
      ["00:00", 0, 0],
      ["01:00", 1, 0],
      ["02:00", 1, 1],
    ]);
  });
});
