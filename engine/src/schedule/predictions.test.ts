import { describe, expect, it } from "vitest";
import { averageDuration, ForecastModel, type ForecastInstance } from "./predictions";
import { forecastInstance as instance } from "./testing/forecast-instance";


function casts(model: ForecastModel, id: number): [number, number] {
  const forecast = model.forecast(BigInt(id));
  if (!forecast) throw new Error(`no forecast for ${id}`);
  return [forecast.beginCast, forecast.endCast];
}

describe("ForecastModel", () => {
  it("chains waiting instances: each begins when its parent is predicted to end", () => {
    const model = new ForecastModel([instance(1, [], { expectedDurationMs: 10 }), instance(2, [1], { expectedDurationMs: 20 }), instance(3, [2], { expectedDurationMs: 30 })], 0);
    expect(casts(model, 1)).toEqual([0, 10]);
    expect(casts(model, 2)).toEqual([10, 30]);
    expect(casts(model, 3)).toEqual([30, 60]);
    expect(model.forecast(3n)).toMatchObject({ gate: "PARENT", gateParentId: 2n });
  });

  it("waits for an instance's own cycle time when its parents end earlier", () => {
    const model = new ForecastModel([instance(1, [], { expectedDurationMs: 10 }), instance(2, [1], { cycTime: 100, expectedDurationMs: 30 })], 0);
    expect(casts(model, 2)).toEqual([100, 130]);
    expect(model.forecast(2n)?.gate).toBe("CYCLE_TIME");
  });

  it("takes the later branch of a diamond", () => {
    // 1 → 2 (10), 1 → 3 (50), 2 + 3 → 4 (5)
    const model = new ForecastModel(
      [instance(1, [], { expectedDurationMs: 1 }), instance(2, [1], { expectedDurationMs: 10 }), instance(3, [1], { expectedDurationMs: 50 }), instance(4, [2, 3], { expectedDurationMs: 5 })],
      0,
    );
    expect(casts(model, 2)).toEqual([1, 11]);
    expect(casts(model, 3)).toEqual([1, 51]);
    expect(casts(model, 4)).toEqual([51, 56]);
  });

  it("uses actual times of finished instances and never predicts a running one to end before now", () => {
    const graph = [
      instance(1, [], { status: "SUCCESS", beginRunningTime: 0, finishTime: 12 }),
      instance(2, [1], { status: "RUNNING", beginRunningTime: 12, expectedDurationMs: 30 }),
      instance(3, [2], { expectedDurationMs: 5 }),
    ];
    const model = new ForecastModel(graph, 20);
    expect(casts(model, 1)).toEqual([0, 12]);
    expect(casts(model, 2)).toEqual([12, 42]);
    expect(casts(model, 3)).toEqual([42, 47]);
    // At 50 the running instance is overdue: it ends "now" at the earliest, and its child moves.
    expect(model.advance(50).sort()).toEqual([2n, 3n]);
    expect(casts(model, 2)).toEqual([12, 50]);
    expect(casts(model, 3)).toEqual([50, 55]);
  });

  it("predicts a failed instance as if rerun now, and its children after it", () => {
    const model = new ForecastModel([instance(1, [], { status: "FAILURE", beginRunningTime: 0, finishTime: 3, expectedDurationMs: 10 }), instance(2, [1], { expectedDurationMs: 5 })], 100);
    expect(casts(model, 1)).toEqual([100, 110]);
    expect(casts(model, 2)).toEqual([110, 115]);
  });

  it("starts a ready instance no earlier than now", () => {
    const model = new ForecastModel([instance(1, [], { cycTime: 10, expectedDurationMs: 5 })], 40);
    expect(casts(model, 1)).toEqual([40, 45]);
    expect(model.forecast(1n)?.gate).toBe("NOW");
  });

  it("fans in 50 parents: the child waits for the slowest", () => {
    const parents = Array.from({ length: 50 }, (_, index) => instance(index + 1, [], { expectedDurationMs: (index + 1) * 10 }));
    const child = instance(100, parents.map((_, index) => index + 1), { expectedDurationMs: 7 });
    const model = new ForecastModel([...parents, child], 0);
    expect(casts(model, 100)).toEqual([500, 507]);
    expect(model.forecast(100n)?.gateParentId).toBe(50n);
  });

  it("runs a chain of 2,000 instances without recursion limits", () => {
    const chain = Array.from({ length: 2_000 }, (_, index) => instance(index + 1, index === 0 ? [] : [index], { expectedDurationMs: 3 }));
    const model = new ForecastModel(chain.reverse(), 0);
    expect(casts(model, 2_000)).toEqual([5_997, 6_000]);
  });

  it("updates incrementally: only the finished instance and its changed descendants", () => {
    const graph = [
      instance(1, [], { expectedDurationMs: 10 }),
      instance(2, [1], { expectedDurationMs: 10 }),
      instance(3, [], { expectedDurationMs: 100 }),
      instance(4, [2, 3], { expectedDurationMs: 10 }),
      instance(5, [4], { expectedDurationMs: 10 }),
    ];
    const model = new ForecastModel(graph, 0);
    expect(casts(model, 5)).toEqual([110, 120]);
    // 1 finishes early: 2 moves, but 4 still waits for 3, so 4 and 5 do not change.
    const changed = model.update(instance(1, [], { status: "SUCCESS", beginRunningTime: 0, finishTime: 4 }), 4);
    expect(changed.sort()).toEqual([1n, 2n]);
    expect(casts(model, 2)).toEqual([4, 14]);
    expect(casts(model, 5)).toEqual([110, 120]);
    // 3 finishes late: 4 and 5 move.
    expect(model.update(instance(3, [], { status: "SUCCESS", beginRunningTime: 0, finishTime: 150 }), 150).sort()).toEqual([3n, 4n, 5n]);
    expect(casts(model, 5)).toEqual([160, 170]);
  });

  it("gives the same answers incrementally as from scratch on a random graph", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const graph: ForecastInstance[] = [];
    for (let id = 1; id <= 300; id += 1) {
      const parents = id === 1 ? [] : Array.from({ length: 1 + Math.floor(random() * 3) }, () => 1 + Math.floor(random() * (id - 1)));
      graph.push(instance(id, [...new Set(parents)], { cycTime: Math.floor(random() * 500), expectedDurationMs: 1 + Math.floor(random() * 40) }));
    }
    const model = new ForecastModel(graph, 0);
    const current = new Map(graph.map((entry) => [entry.id, entry]));
    let now = 0;
    for (let step = 0; step < 60; step += 1) {
      now += 7;
      const id = BigInt(1 + Math.floor(random() * 300));
      const before = current.get(id) as ForecastInstance;
      const next: ForecastInstance = random() < 0.5 ? { ...before, status: "RUNNING", beginRunningTime: now } : { ...before, status: "SUCCESS", beginRunningTime: now - 3, finishTime: now };
      current.set(id, next);
      model.advance(now);
      model.update(next, now);
    }
    const scratch = new ForecastModel([...current.values()], now);
    for (const id of current.keys()) expect(model.forecast(id), String(id)).toEqual(scratch.forecast(id));
  });
});

describe("averageDuration", () => {
  it("averages the most recent runs, up to the limit, and falls back without history", () => {
    expect(averageDuration([10, 20, 30, 1_000], 3, 99)).toBe(20);
    expect(averageDuration([], 10, 99)).toBe(99);
  });
});
