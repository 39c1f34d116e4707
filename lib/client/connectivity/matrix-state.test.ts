import { describe, expect, it } from "vitest";
import type { TDataSourceTestResult } from "@/lib/contracts/connectivity";
import { applyRowError, applyRowResults, cellKey, startMatrix, summarizeMatrix } from "./matrix-state";

function result(dataSourceId: string, resourceGroupId: string, state: "Connectable" | "Unreachable"): TDataSourceTestResult {
  return {
    dataSourceId,
    dataSourceName: dataSourceId,
    resourceGroupId,
    run: { provider: "dataworks.TestDataSourceConnectivity", runId: null, requestedAt: "2026-01-01T00:00:00.000Z", completedAt: null, state, message: null, advice: [], progress: null, apiError: null, extra: {}, targets: [] },
  };
}

describe("the test-all matrix", () => {
  it("starts with every cell pending and fills a row as its answer arrives", () => {
    let state = startMatrix(["a", "b"], ["g1", "g2"]);
    expect(summarizeMatrix(state)).toEqual({ total: 4, finished: 0, byState: {}, errors: 0 });
    state = applyRowResults(state, "a", [result("a", "g1", "Connectable"), result("a", "g2", "Unreachable")]);
    expect(state.cells[cellKey("a", "g2")]).toMatchObject({ status: "done" });
    expect(state.cells[cellKey("b", "g1")]).toEqual({ status: "pending" });
    expect(summarizeMatrix(state)).toEqual({ total: 4, finished: 2, byState: { Connectable: 1, Unreachable: 1 }, errors: 0 });
  });

  it("turns a group missing from the answer, or a failed request, into error cells", () => {
    let state = startMatrix(["a", "b"], ["g1", "g2"]);
    state = applyRowResults(state, "a", [result("a", "g1", "Connectable")]);
    expect(state.cells[cellKey("a", "g2")]).toMatchObject({ status: "error" });
    state = applyRowError(state, "b", "throttled");
    expect(state.cells[cellKey("b", "g1")]).toEqual({ status: "error", message: "throttled" });
    expect(summarizeMatrix(state)).toMatchObject({ finished: 4, errors: 3 });
  });
});
