import type { TConnectState, TDataSourceTestResult } from "@/lib/contracts/connectivity";

/**
 * The "test all" matrix: data sources × resource groups, each cell pending until its row's answer
 * arrives, so that the grid fills in as rows finish. Pure: the hook only wires it to requests.
 */
export type TMatrixCell = { status: "pending" } | { status: "done"; result: TDataSourceTestResult } | { status: "error"; message: string };
export type TMatrixState = { dataSourceIds: string[]; groupIds: string[]; cells: Record<string, TMatrixCell> };

export const EMPTY_MATRIX: TMatrixState = { dataSourceIds: [], groupIds: [], cells: {} };

export function cellKey(dataSourceId: string, groupId: string): string {
  return `${dataSourceId}|${groupId}`;
}

export function startMatrix(dataSourceIds: readonly string[], groupIds: readonly string[]): TMatrixState {
  const cells: Record<string, TMatrixCell> = {};
  for (const dataSourceId of dataSourceIds) for (const groupId of groupIds) cells[cellKey(dataSourceId, groupId)] = { status: "pending" };
  return { dataSourceIds: [...dataSourceIds], groupIds: [...groupIds], cells };
}

/** A row's results; a group the answer left out becomes an error cell rather than spinning forever. */
export function applyRowResults(state: TMatrixState, dataSourceId: string, results: readonly TDataSourceTestResult[]): TMatrixState {
  const cells = { ...state.cells };
  for (const groupId of state.groupIds) {
    const result = results.find((item) => item.dataSourceId === dataSourceId && item.resourceGroupId === groupId);
    cells[cellKey(dataSourceId, groupId)] = result ? { status: "done", result } : { status: "error", message: "The data service returned no result for this resource group." };
  }
  return { ...state, cells };
}

export function applyRowError(state: TMatrixState, dataSourceId: string, message: string): TMatrixState {
  const cells = { ...state.cells };
  for (const groupId of state.groupIds) cells[cellKey(dataSourceId, groupId)] = { status: "error", message };
  return { ...state, cells };
}

export type TMatrixSummary = { total: number; finished: number; byState: Partial<Record<TConnectState, number>>; errors: number };

export function summarizeMatrix(state: TMatrixState): TMatrixSummary {
  const summary: TMatrixSummary = { total: 0, finished: 0, byState: {}, errors: 0 };
  for (const cell of Object.values(state.cells)) {
    summary.total += 1;
    if (cell.status === "pending") continue;
    summary.finished += 1;
    if (cell.status === "error") summary.errors += 1;
    else summary.byState[cell.result.run.state] = (summary.byState[cell.result.run.state] ?? 0) + 1;
  }
  return summary;
}
