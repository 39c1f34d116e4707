"use client";

import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { TDataSource, TDataSourceTestResult, TResourceGroup } from "@/lib/contracts/connectivity";
import { cellKey, summarizeMatrix, type TMatrixState } from "@/lib/client/connectivity/matrix-state";
import { ConnectStateBadge } from "./connect-state-badge";
import { CONNECTIVITY_STRINGS as S } from "./connectivity-strings";

export type TestMatrixProps = {
  matrix: TMatrixState;
  dataSources: readonly TDataSource[];
  groups: readonly TResourceGroup[];
  isRunning: boolean;
  onOpen: (result: TDataSourceTestResult) => void;
  onClear: () => void;
};

/** Data sources × resource groups; each cell fills in as its row's answer arrives, and opens its result. */
export function TestMatrix({ matrix, dataSources, groups, isRunning, onOpen, onClear }: TestMatrixProps) {
  const summary = summarizeMatrix(matrix);
  const rows = matrix.dataSourceIds.map((id) => dataSources.find((item) => item.dataSourceId === id) ?? null);
  const columns = matrix.groupIds.map((id) => groups.find((group) => group.resourceGroupId === id) ?? { resourceGroupId: id, identifier: id, name: id, isDefault: false, status: "" });
  return (
    <section className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-3" aria-label={S.matrix.title}>
      <header className="flex items-center gap-2">
        <h2 className="text-sm font-semibold">{S.matrix.title}</h2>
        <span className="text-xs text-fg-muted" role="status" aria-live="polite">
          {S.matrix.summary(summary.finished, summary.total)}
        </span>
        {isRunning ? <Spinner size={14} /> : null}
        <Button size="sm" variant="ghost" className="ml-auto" onClick={onClear} disabled={isRunning}>
          {S.matrix.clear}
        </Button>
      </header>
      <div className="overflow-auto">
        <table className="border-collapse text-sm" aria-label={S.matrix.label}>
          <thead>
            <tr>
              <th className="px-2 py-1 text-left text-xs font-medium text-fg-muted" />
              {columns.map((group) => (
                <th key={group.resourceGroupId} scope="col" className="px-2 py-1 text-left text-xs font-medium text-fg-muted">
                  {group.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.dataSourceIds.map((dataSourceId, index) => {
              const name = rows[index]?.name ?? dataSourceId;
              return (
                <tr key={dataSourceId} className="border-t border-border" data-matrix-row={name}>
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    {name}
                  </th>
                  {columns.map((group) => {
                    const cell = matrix.cells[cellKey(dataSourceId, group.resourceGroupId)];
                    return (
                      <td key={group.resourceGroupId} className="px-2 py-1" data-matrix-group={group.name}>
                        {!cell || cell.status === "pending" ? (
                          <span className="inline-flex items-center gap-1 text-xs text-fg-muted">
                            <Spinner size={12} /> {S.matrix.pending}
                          </span>
                        ) : cell.status === "error" ? (
                          <span className="text-xs text-danger" title={cell.message}>
                            {S.matrix.error}
                          </span>
                        ) : (
                          <button type="button" className="rounded focus-visible:outline-2 focus-visible:outline-focus" onClick={() => onOpen(cell.result)} aria-label={S.matrix.open(name, group.name)}>
                            <ConnectStateBadge state={cell.result.run.state} />
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
