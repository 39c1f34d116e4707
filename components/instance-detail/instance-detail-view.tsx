"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { InstanceStatusBadge } from "@/components/instances/status-badge";
import { DetailQueryState } from "@/components/shell/detail-query-state";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { useWorkspace } from "@/components/shell/workspace-context";
import { formatZoneLabel } from "@/components/shell/zone-label";
import { ChevronLeftIcon } from "@/components/ui/icons";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { useMe } from "@/lib/client/auth/use-me";
import { useInstanceDetail } from "@/lib/client/instance-detail/use-instance-detail";
import { DETAIL_TABS, parseDetailSearch, toDetailSearch, type TDetailSearch, type TDetailTab } from "./detail-url";
import { InstanceActions } from "./instance-actions";
import { INSTANCE_DETAIL_STRINGS as STRINGS } from "./instance-detail-strings";
import { InstanceFacts } from "./instance-facts";
import { InstanceGraphPanel } from "./instance-graph-panel";
import { InstanceLogPanel } from "./instance-log-panel";
import { instanceTimings } from "./instance-timings";
import { OperationsPanel } from "./operations-panel";
import { RecentInstancesPanel } from "./recent-instances-panel";
import { TimingBar } from "./timing-bar";
import { WaitingReasonPanel } from "./waiting-reason-panel";
import { useNow } from "./use-now";

const TAB_PREFIX = "instance-tab";

/**
 * /s/…/instances/[instanceId]: the instance with every field and timing, why it waits, the actions
 * it allows, its log (live while it runs), the graph around it, its node's recent instances and
 * its operations history. Tab, depth and direction live in the URL.
 */
export function InstanceDetailView({ instanceId }: { instanceId: string }) {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const instanceHref = (id: string) => `${base}/instances/${id}`;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const search = useMemo(() => parseDetailSearch(new URLSearchParams(searchParams.toString())), [searchParams]);
  const setSearch = (next: Partial<TDetailSearch>) => router.replace(`${pathname}${toDetailSearch({ ...search, ...next })}${window.location.hash}`, { scroll: false });
  const detail = useInstanceDetail(workspaceRef, instanceId);
  const me = useMe();
  const now = useNow();

  if (detail.isPending || detail.isError) return <DetailQueryState query={detail} strings={STRINGS} listHref={`${base}/instances`} />;

  const { instance, waitingReason, timezone } = detail.data;
  const nodeHref = `${base}/nodes/${instance.nodeId}`;
  const dagHref = `${base}/dags/${instance.dagId}`;
  const tabItems = DETAIL_TABS.map((id) => ({ id, label: STRINGS.tabs[id] }));
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link href={`${base}/instances`} className="inline-flex items-center gap-1 text-xs text-fg-muted hover:text-fg">
            <ChevronLeftIcon size={12} />
            {STRINGS.backToList}
          </Link>
          <h1 className="flex flex-wrap items-center gap-2 text-lg font-semibold text-fg">
            {STRINGS.title(instance.nodeName)}
            <InstanceStatusBadge status={instance.status} isSuspended={instance.isSuspended} />
          </h1>
          <p className="text-xs text-fg-muted">
            {STRINGS.instanceId} <span className="font-mono">{instance.instanceId}</span> · {instance.bizdate} · {STRINGS.timeIn(formatZoneLabel(timezone, new Date(now)))}
          </p>
        </div>
        <InstanceActions workspace={workspaceRef} instance={instance} canAct={me.can("operator")} instanceHref={instanceHref} />
      </header>

      {waitingReason ? <WaitingReasonPanel reason={waitingReason} timezone={timezone} instanceHref={instanceHref} /> : null}

      <section className="grid gap-4 rounded-md border border-border bg-surface p-3 lg:grid-cols-[2fr_1fr]">
        <InstanceFacts detail={detail.data} now={now} nodeHref={nodeHref} dagHref={dagHref} />
        <div>
          <h2 className="mb-2 text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.timings.title}</h2>
          <TimingBar segments={instanceTimings(instance, now)} />
        </div>
      </section>

      <div>
        <Tabs items={tabItems} value={search.tab} onChange={(tab) => setSearch({ tab: tab as TDetailTab })} label={STRINGS.tabsLabel} idPrefix={TAB_PREFIX} />
        <TabPanel idPrefix={TAB_PREFIX} id={search.tab} className="pt-3">
          {search.tab === "log" ? <InstanceLogPanel workspace={workspaceRef} instanceId={instanceId} hasRun={instance.beginRunningTime !== null} /> : null}
          {search.tab === "graph" ? (
            <InstanceGraphPanel
              workspace={workspaceRef}
              instanceId={instanceId}
              timezone={timezone}
              depth={search.depth}
              direction={search.direction}
              onChange={(next) => setSearch(next)}
              instanceHref={instanceHref}
            />
          ) : null}
          {search.tab === "recent" ? <RecentInstancesPanel workspace={workspaceRef} nodeId={instance.nodeId} timezone={timezone} now={now} instanceHref={instanceHref} /> : null}
          {search.tab === "history" ? <OperationsPanel workspace={workspaceRef} instanceId={instanceId} timezone={timezone} /> : null}
        </TabPanel>
      </div>
    </div>
  );
}
