"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { z } from "zod";
import { BarChart } from "@/components/charts/bar-chart";
import { DonutChart } from "@/components/charts/donut-chart";
import { LineChart } from "@/components/charts/line-chart";
import { instancesPageHref } from "@/components/instances/instances-url";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { formatZoneLabel } from "@/components/shell/zone-label";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorState } from "@/components/ui/error-state";
import { RefreshIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { isApiClientError } from "@/lib/client/api-client";
import { currentBizdate } from "@/lib/client/instances/bizdate";
import { useOverviewStats } from "@/lib/client/stats/use-overview-stats";
import { OverviewCard } from "./overview-card";
import { toAmountRows, toNodeTypeSlices, toTrendRows, TREND_COLORS } from "./overview-series";
import { OVERVIEW_STRINGS } from "./overview-strings";
import { StatusTiles } from "./status-tiles";
import { MostFailingNodes, SlowestNodes } from "./top-nodes";

const STRINGS = OVERVIEW_STRINGS;
const zBizdate = z.iso.date();

/** The overview of a workspace for a business date (`?bizdate=`, default the current one), refreshed every 30 s. */
export function OverviewView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = zBizdate.safeParse(searchParams.get("bizdate") ?? undefined);
  const bizdate = requested.success ? requested.data : undefined;
  const stats = useOverviewStats(workspaceRef, bizdate);
  const base = workspaceBasePath(workspaceRef);
  const now = stats.dataUpdatedAt || Date.now();
  const zone = formatZoneLabel(workspace.timezone, new Date(now));
  const shownBizdate = stats.data?.bizdate ?? bizdate ?? currentBizdate(now, workspace.timezone);
  const setBizdate = (next: string | undefined) => router.push(next ? `${pathname}?bizdate=${next}` : pathname, { scroll: false });

  const data = stats.data;
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <h1 className="text-lg font-semibold">{STRINGS.title}</h1>
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          {STRINGS.bizdate}
          <DateInput value={shownBizdate} onChange={(value) => setBizdate(value || undefined)} className="h-8" />
        </label>
        <Button size="sm" variant={data && data.bizdate === data.currentBizdate ? "primary" : "secondary"} onClick={() => setBizdate(undefined)}>
          {STRINGS.current}
        </Button>
        <span className="text-xs text-fg-muted">{STRINGS.timesIn(zone)}</span>
        <span className="ml-auto flex items-center gap-2 text-xs text-fg-muted">
          {data ? STRINGS.updated(new Intl.DateTimeFormat("en-GB", { timeZone: workspace.timezone, timeStyle: "medium" }).format(new Date(data.generatedAt))) : null}
          <span title={STRINGS.live}>· {STRINGS.live}</span>
          <Button size="sm" variant="ghost" icon={stats.isFetching ? <Spinner size={12} /> : <RefreshIcon size={12} />} onClick={() => void stats.refetch()}>
            {STRINGS.refreshing}
          </Button>
        </span>
      </header>

      {stats.isPending ? (
        <OverviewSkeleton />
      ) : !data ? (
        <ErrorState
          title={STRINGS.error.title}
          message={stats.error?.message}
          requestId={isApiClientError(stats.error) ? stats.error.requestId : undefined}
          whatToDo={STRINGS.error.whatToDo}
          onRetry={() => void stats.refetch()}
          isRetrying={stats.isFetching}
        />
      ) : (
        <div className={stats.isPlaceholderData ? "flex flex-col gap-4 opacity-70" : "flex flex-col gap-4"}>
          {data.statusCounts.data ? (
            <StatusTiles counts={data.statusCounts.data} bizdate={data.bizdate} workspaceBase={base} />
          ) : (
            <OverviewCard title={STRINGS.tiles.label} part={data.statusCounts}>
              {() => null}
            </OverviewCard>
          )}

          <div className="grid gap-4 lg:grid-cols-3">
            <OverviewCard title={STRINGS.trend.title} subtitle={STRINGS.trend.subtitle(data.currentBizdate)} part={data.successTrend} className="lg:col-span-2">
              {(trend) => (
                <>
                  <LineChart
                    data={toTrendRows(trend)}
                    xKey="time"
                    label={STRINGS.trend.label}
                    series={[
                      { key: "today", label: STRINGS.trend.today, color: TREND_COLORS.today },
                      { key: "yesterday", label: STRINGS.trend.yesterday, color: TREND_COLORS.yesterday },
                      { key: "average", label: STRINGS.trend.average, color: TREND_COLORS.average, isDashed: true },
                    ]}
                  />
                  {data.bizdate !== data.currentBizdate ? <p className="text-xs text-fg-muted">{STRINGS.trend.notCurrent(data.currentBizdate)}</p> : null}
                </>
              )}
            </OverviewCard>
            <OverviewCard title={STRINGS.nodeTypes.title} subtitle={STRINGS.nodeTypes.subtitle} part={data.nodeTypes}>
              {(counts) =>
                counts.length === 0 ? (
                  <p className="py-4 text-sm text-fg-muted">{STRINGS.nodeTypes.empty}</p>
                ) : (
                  <DonutChart slices={toNodeTypeSlices(counts, STRINGS.nodeTypes.other)} label={STRINGS.nodeTypes.label} />
                )
              }
            </OverviewCard>
          </div>

          <OverviewCard title={STRINGS.amount.title} subtitle={STRINGS.amount.subtitle} part={data.instanceAmount}>
            {(days) => {
              const rows = toAmountRows(days);
              return (
                <BarChart
                  data={rows}
                  xKey="day"
                  yKey="count"
                  seriesLabel={STRINGS.amount.series}
                  color="var(--info)"
                  highlight={{ index: rows.findIndex((row) => row.bizdate === data.bizdate), color: "var(--accent)" }}
                  label={STRINGS.amount.label}
                  onBarClick={(row) => router.push(instancesPageHref(base, { bizdate: row.bizdate }))}
                />
              );
            }}
          </OverviewCard>

          <div className="grid gap-4 lg:grid-cols-2">
            <OverviewCard title={STRINGS.slowest.title} subtitle={STRINGS.slowest.subtitle(data.bizdate)} part={data.slowest}>
              {(nodes) => <SlowestNodes nodes={nodes} workspaceBase={base} />}
            </OverviewCard>
            <OverviewCard title={STRINGS.failing.title} subtitle={STRINGS.failing.subtitle} part={data.mostFailing}>
              {(nodes) => <MostFailingNodes nodes={nodes} workspaceBase={base} />}
            </OverviewCard>
          </div>
        </div>
      )}
    </div>
  );
}

function OverviewSkeleton() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true" aria-label={STRINGS.loading}>
      <div className="grid grid-cols-3 gap-2 sm:grid-cols-5 xl:grid-cols-9">
        {Array.from({ length: 9 }, (_, index) => (
          <Skeleton key={index} className="h-16" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Skeleton className="h-72 lg:col-span-2" />
        <Skeleton className="h-72" />
      </div>
      <Skeleton className="h-56" />
    </div>
  );
}
