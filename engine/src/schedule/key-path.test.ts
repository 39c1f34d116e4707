import { describe, expect, it } from "vitest";
import { findKeyPath } from "./key-path";
import { ForecastModel } from "./predictions";
import { forecastInstance as instance } from "./testing/forecast-instance";


describe("findKeyPath", () => {
  it("follows the later branch of a diamond back to the root; the root blocks while nothing ran", () => {
    const model = new ForecastModel(
      [instance(1, [], { expectedDurationMs: 1 }), instance(2, [1], { expectedDurationMs: 10 }), instance(3, [1], { expectedDurationMs: 50 }), instance(4, [2, 3], { expectedDurationMs: 5 })],
      0,
    );
    expect(findKeyPath(model, [4n])).toEqual({ path: [1n, 3n, 4n], lastInstanceId: 4n, blockInstanceId: 1n, endCast: 56 });
  });

  it("starts at the baseline instance that finishes last", () => {
    const model = new ForecastModel([instance(1, [], { expectedDurationMs: 5 }), instance(2, [1], { expectedDurationMs: 10 }), instance(3, [1], { expectedDurationMs: 40 })], 0);
    expect(findKeyPath(model, [2n, 3n])).toMatchObject({ path: [1n, 3n], lastInstanceId: 3n, endCast: 45 });
  });

  it("stops at an instance gated by its own cycle time", () => {
    const model = new ForecastModel(
      [instance(1, [], { expectedDurationMs: 10 }), instance(2, [1], { cycTime: 100, expectedDurationMs: 30 }), instance(3, [2], { expectedDurationMs: 5 })],
      0,
    );
    expect(findKeyPath(model, [3n]).path).toEqual([2n, 3n]);
  });

  it("takes the slowest of 50 parents, and the smaller ID on a tie", () => {
    const parents = Array.from({ length: 50 }, (_, index) => instance(index + 1, [], { expectedDurationMs: index === 49 ? 490 : (index + 1) * 10 }));
    const model = new ForecastModel([...parents, instance(100, parents.map((_, index) => index + 1), { expectedDurationMs: 7 })], 0);
    expect(findKeyPath(model, [100n]).path).toEqual([49n, 100n]);
  });

  it("walks a long chain through finished, running and waiting instances; the running one blocks", () => {
    const chain = Array.from({ length: 500 }, (_, index) => {
      const id = index + 1;
      const parents = id === 1 ? [] : [id - 1];
      if (id < 250) return instance(id, parents, { status: "SUCCESS", beginRunningTime: (id - 1) * 2, finishTime: id * 2 - 1 });
      if (id === 250) return instance(id, parents, { status: "RUNNING", beginRunningTime: 498, expectedDurationMs: 4 });
      return instance(id, parents, { expectedDurationMs: 2 });
    });
    const model = new ForecastModel(chain, 499);
    const keyPath = findKeyPath(model, [500n]);
    expect(keyPath.path).toHaveLength(500);
    expect(keyPath.blockInstanceId).toBe(250n);
    // 250 ends at 502; 250 more instances of 2 each.
    expect(keyPath.endCast).toBe(1_002);
  });

  it("reports the failed instance as the block, with its predicted rerun on the path", () => {
    const model = new ForecastModel(
      [
        instance(1, [], { status: "SUCCESS", beginRunningTime: 0, finishTime: 10 }),
        instance(2, [1], { status: "FAILURE", beginRunningTime: 10, finishTime: 12, expectedDurationMs: 20 }),
        instance(3, [1], { status: "SUCCESS", beginRunningTime: 10, finishTime: 30 }),
        instance(4, [2, 3], { expectedDurationMs: 5 }),
      ],
      60,
    );
    expect(findKeyPath(model, [4n])).toEqual({ path: [1n, 2n, 4n], lastInstanceId: 4n, blockInstanceId: 2n, endCast: 85 });
  });

  it("has no block once every instance on the path succeeded", () => {
    const model = new ForecastModel(
      [instance(1, [], { status: "SUCCESS", beginRunningTime: 0, finishTime: 5 }), instance(2, [1], { status: "SUCCESS", beginRunningTime: 5, finishTime: 9 })],
      100,
    );
    expect(findKeyPath(model, [2n])).toEqual({ path: [1n, 2n], lastInstanceId: 2n, blockInstanceId: null, endCast: 9 });
  });

  it("answers an empty path for a baseline without instances", () => {
    expect(findKeyPath(new ForecastModel([], 0), [])).toEqual({ path: [], lastInstanceId: null, blockInstanceId: null, endCast: null });
  });
});
