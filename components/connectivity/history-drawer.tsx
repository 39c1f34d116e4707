"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_THEME } from "@/components/charts/chart-theme";
import { Drawer } from "@/components/ui/drawer";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useTestHistory } from "@/lib/client/connectivity/use-test-history";
import type { TDataSource } from "@/lib/contracts/connectivity";
import { ConnectStateBadge } from "./connect-state-badge";
import { CONNECTIVITY_STRINGS } from "./connectivity-strings";
import { formatDuration } from "./format-duration";
import { formatZonedDateTime } from "@/lib/client/format/zoned-formatters";
import { toHistorySeries } from "./history-series";

const S = CONNECTIVITY_STRINGS.history;

export type HistoryDrawerProps = { dataSource: TDataSource | null; onClose: () => void; workspace: TWorkspaceRef; timezone: string };

/** A data source's tests over time: a reachable / not step chart, then each test newest first. */
export function HistoryDrawer({ dataSource, onClose, workspace, timezone }: HistoryDrawerProps) {
  const history = useTestHistory(workspace, dataSource?.dataSourceId ?? null);
  const items = history.data?.items ?? [];
  const series = toHistorySeries(items, (iso) => formatZonedDateTime(iso, timezone).slice(5, 16));
  return (
    <Drawer open={dataSource !== null} onClose={onClose} title={dataSource ? S.title(dataSource.name) : ""} width="lg">
      {history.isPending ? <SkeletonRows rows={6} columns={4} /> : null}
      {history.isError ? <ErrorState title={S.loadFailed} whatToDo={S.retryHint} message={history.error.message} onRetry={() => void history.refetch()} /> : null}
      {history.data && items.length === 0 ? <p className="text-sm text-fg-muted">{S.empty}</p> : null}
      {items.length > 0 ? (
        <div className="flex flex-col gap-4">
          <div role="img" aria-label={S.chartLabel(dataSource?.name ?? "")} style={{ height: 140 }}>
            <ResponsiveContainer width="100%" height="100%">
              <AreaChart data={series} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
                <CartesianGrid stroke={CHART_THEME.grid} strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="at" stroke={CHART_THEME.axis} tick={CHART_THEME.tick} tickLine={false} minTickGap={24} />
                <YAxis stroke={CHART_THEME.axis} tick={CHART_THEME.tick} tickLine={false} axisLine={false} width={36} domain={[0, 1]} ticks={[0, 1]} tickFormatter={(value: number) => (value === 1 ? S.yes : S.no)} />
                <Tooltip
                  contentStyle={CHART_THEME.tooltip.contentStyle}
                  labelStyle={CHART_THEME.tooltip.labelStyle}
                  itemStyle={CHART_THEME.tooltip.itemStyle}
                  formatter={(_value, _name, entry) => [CONNECTIVITY_STRINGS.states[(entry.payload as { state: keyof typeof CONNECTIVITY_STRINGS.states }).state], S.result]}
                />
                <Area type="stepAfter" dataKey="reachable" name={S.reachable} stroke="var(--ok)" fill="var(--ok-soft)" isAnimationActive={false} />
              </AreaChart>
            </ResponsiveContainer>
          </div>
          {history.data?.source === "console" ? <p className="text-xs text-fg-muted">{S.fromConsole}</p> : null}
          <table className="w-full text-sm" aria-label={S.title(dataSource?.name ?? "")}>
            <thead className="text-xs text-fg-muted">
              <tr>
                <th className="py-1 text-left font-medium">{`${S.when} (${timezone})`}</th>
                <th className="py-1 text-left font-medium">{S.result}</th>
                <th className="py-1 text-left font-medium">{S.failedStep}</th>
                <th className="py-1 text-right font-medium">{S.took}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {[...items].reverse().map((item) => (
                <tr key={`${item.testedAt}-${item.resourceGroup}`}>
                  <td className="py-1 tabular-nums">{formatZonedDateTime(item.testedAt, timezone)}</td>
                  <td className="py-1">
                    <ConnectStateBadge state={item.state} title={item.message ?? undefined} />
                  </td>
                  <td className="py-1 text-fg-muted">{item.failedStep ?? "—"}</td>
                  <td className="py-1 text-right tabular-nums">{formatDuration(item.durationMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Drawer>
  );
}
