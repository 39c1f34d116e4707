"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { InstanceTable } from "@/components/instances/instance-table";
import { formatInstantWithZone } from "@/components/instances/instance-format";
import { DetailQueryState } from "@/components/shell/detail-query-state";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { formatZoneLabel } from "@/components/shell/zone-label";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ChevronLeftIcon } from "@/components/ui/icons";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { useDagDetail } from "@/lib/client/dags/use-dag-detail";
import { useInstances } from "@/lib/client/instances/use-instances";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { DagGraphPanel } from "./dag-graph-panel";
import { DagProgress } from "./dag-progress";
import { DAG_STRINGS } from "./dag-strings";
import { DagStatusBadge } from "./dag-status-badge";
import { DAG_DETAIL_TABS, parseDagTab, type TDagDetailTab } from "./dags-url";
import { useNow } from "@/components/instance-detail/use-now";

const STRINGS = DAG_STRINGS.detail;
const TAB_PREFIX = "dag-tab";
const NO_SORT = () => {};

function DagInstances({ workspace, dagId, timezone, now, instanceHref }: { workspace: TWorkspaceRef; dagId: string; timezone: string; now: number; instanceHref: (id: string) => string }) {
  const list = useInstances(workspace, { dagId, pageSize: 100 });
  if (list.isPending) return <SkeletonRows rows={10} columns={8} />;
  if (list.isError) return <ErrorState title={STRINGS.loadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={list.error.message} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <EmptyState title={DAG_STRINGS.list.empty} />;
  return <InstanceTable items={list.data.items} timezone={timezone} instanceHref={instanceHref} selection={null} sort={null} onSort={NO_SORT} now={now} isStale={list.isPlaceholderData} />;
}

/**
 * /s/…/dags/[dagId]: a DAG (daily, backfill, smoke test, manual run) with its progress (counts by
 * status, % done, started / finished / elapsed), the other dates of its backfill, and its
 * instances as a graph or a table (`?tab=instances`).
 */
export function DagDetailView({ dagId }: { dagId: string }) {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const instanceHref = (id: string) => `${base}/instances/${id}`;
  const listHref = `${base}/instances?dagId=${dagId}`;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tab = parseDagTab(new URLSearchParams(searchParams.toString()));
  const detail = useDagDetail(workspaceRef, dagId);
  const now = useNow();

  if (detail.isPending || detail.isError) return <DetailQueryState query={detail} strings={STRINGS} listHref={`${base}/dags`} />;

  const { dag, progress, backfillDags, timezone } = detail.data;
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link href={`${base}/dags`} className="inline-flex items-center gap-1 text-xs text-fg-muted hover:text-fg">
            <ChevronLeftIcon size={12} />
            {STRINGS.backToList}
          </Link>
          <h1 className="flex flex-wrap items-center gap-2 text-lg font-semibold text-fg">
            {dag.name || dag.dagId}
            <DagStatusBadge status={dag.status} />
          </h1>
          <p className="text-xs text-fg-muted">
            {DAG_STRINGS.types[dag.type] ?? dag.type} · {STRINGS.fields.bizdate} {dag.bizdate} · {STRINGS.fields.dagId} <span className="font-mono">{dag.dagId}</span>
            {dag.createUser ? ` · ${STRINGS.fields.createdBy} ${dag.createUser}` : ""}
            {dag.createTime ? ` · ${STRINGS.fields.created} ${formatInstantWithZone(dag.createTime, timezone)}` : ""}
          </p>
          <p className="text-xs text-fg-muted">{STRINGS.timesIn(formatZoneLabel(timezone, new Date(now)))}</p>
        </div>
        <Link href={listHref} className={buttonClassName({ size: "sm" })}>
          {STRINGS.openInstances}
        </Link>
      </header>

      {progress ? (
        <DagProgress progress={progress} timezone={timezone} now={now} statusHref={(status) => `${listHref}&status=${status}`} />
      ) : (
        <p className="text-sm text-fg-muted">{STRINGS.noProgress}</p>
      )}

      {backfillDags.length > 1 ? (
        <section className="flex flex-col gap-1">
          <h2 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.backfillDays}</h2>
          <ul className="flex flex-wrap gap-1.5">
            {backfillDags.map((sibling) => (
              <li key={sibling.dagId}>
                <Link
                  href={`${base}/dags/${sibling.dagId}`}
                  aria-current={sibling.dagId === dag.dagId ? "page" : undefined}
                  className={buttonClassName({ size: "sm", variant: sibling.dagId === dag.dagId ? "primary" : "secondary" })}
                >
                  {sibling.bizdate} <DagStatusBadge status={sibling.status} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div>
        <Tabs
          items={DAG_DETAIL_TABS.map((id) => ({ id, label: id === "graph" ? STRINGS.graph : STRINGS.instances }))}
          value={tab}
          onChange={(next) => router.replace(`${pathname}${next === "graph" ? "" : `?tab=${next as TDagDetailTab}`}`, { scroll: false })}
          label={STRINGS.graph}
          idPrefix={TAB_PREFIX}
        />
        <TabPanel idPrefix={TAB_PREFIX} id={tab} className="pt-3">
          {tab === "graph" ? <DagGraphPanel workspace={workspaceRef} dagId={dag.dagId} timezone={timezone} instanceHref={instanceHref} listHref={listHref} /> : null}
          {tab === "instances" ? <DagInstances workspace={workspaceRef} dagId={dag.dagId} timezone={timezone} now={now} instanceHref={instanceHref} /> : null}
        </TabPanel>
      </div>
    </div>
  );
}
