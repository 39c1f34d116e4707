"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { formatLocalInstant } from "@/components/instance-detail/format-local-instant";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PlusIcon } from "@/components/ui/icons";
import { Select } from "@/components/ui/select";
import { Skeleton, SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useMe } from "@/lib/client/auth/use-me";
import { useDags } from "@/lib/client/dags/use-dags";
import { RUN_DAG_TYPES, type TDagListQuery } from "@/lib/contracts/dags";
import { BackfillDialog } from "./backfill-dialog";
import { DAG_STRINGS } from "./dag-strings";
import { DagStatusBadge } from "./dag-status-badge";
import { parseDagsSearch, toDagsSearch } from "./dags-url";

const STRINGS = DAG_STRINGS.list;

/** /s/…/dags: the daily DAG of a business date, recent backfills, smoke tests and manual runs, and a new backfill. */
export function DagsView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const dagHref = (dagId: string) => `${base}/dags/${dagId}`;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = useMemo(() => parseDagsSearch(new URLSearchParams(searchParams.toString())), [searchParams]);
  const navigate = (next: TDagListQuery) => router.replace(`${pathname}${toDagsSearch(next)}`, { scroll: false });
  const dags = useDags(workspaceRef, query);
  const me = useMe();
  const [isBackfillOpen, setIsBackfillOpen] = useState(false);
  const timezone = dags.data?.timezone ?? workspace.timezone;

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-fg">{STRINGS.title}</h1>
          <p className="text-sm text-fg-muted">{STRINGS.description}</p>
        </div>
        <Button variant="primary" icon={<PlusIcon size={14} />} disabled={!me.can("operator")} title={me.can("operator") ? undefined : DAG_STRINGS.backfill.description} onClick={() => setIsBackfillOpen(true)}>
          {STRINGS.newBackfill}
        </Button>
      </header>

      <section className="flex flex-col gap-2 rounded-md border border-border bg-surface p-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.daily}</h2>
          <label className="flex items-center gap-2 text-sm">
            <span className="text-fg-muted">
              {STRINGS.bizdate} ({timezone})
            </span>
            <DateInput value={query.bizdate ?? dags.data?.bizdate ?? ""} onChange={(value) => navigate({ ...query, bizdate: value || undefined })} />
          </label>
        </div>
        {dags.isPending ? (
          <Skeleton className="h-8 w-full" />
        ) : dags.data?.dailyDag ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Link href={dagHref(dags.data.dailyDag.dagId)} className="font-medium text-accent hover:underline">
              {dags.data.dailyDag.name || STRINGS.dailyOf(dags.data.dailyDag.bizdate)}
            </Link>
            <DagStatusBadge status={dags.data.dailyDag.status} />
            <span className="text-fg-muted">{STRINGS.dailyOf(dags.data.dailyDag.bizdate)}</span>
            <span className="font-mono text-xs text-fg-muted">{dags.data.dailyDag.dagId}</span>
          </div>
        ) : (
          <p className="text-sm text-fg-muted">{STRINGS.noDaily}</p>
        )}
      </section>

      <section className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{STRINGS.runs}</h2>
          <label className="flex items-center gap-2 text-sm">
            <span className="text-fg-muted">{STRINGS.typeFilter}</span>
            <Select
              value={query.type}
              onChange={(event) => navigate({ ...query, type: event.target.value as TDagListQuery["type"] })}
              options={["ALL", ...RUN_DAG_TYPES].map((type) => ({ value: type, label: DAG_STRINGS.types[type] ?? type }))}
            />
          </label>
        </div>
        {dags.isPending ? (
          <SkeletonRows rows={6} columns={6} />
        ) : dags.isError ? (
          <ErrorState title={STRINGS.loadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={dags.error.message} onRetry={() => void dags.refetch()} />
        ) : dags.data.needsNode ? (
          <EmptyState title={STRINGS.needsNode} />
        ) : dags.data.runs.length === 0 ? (
          <EmptyState title={STRINGS.empty} description={STRINGS.emptyHint} />
        ) : (
          <>
            <Table label={STRINGS.tableLabel} className={dags.isPlaceholderData ? "opacity-60" : undefined}>
              <TableHead>
                <tr>
                  <TableHeaderCell>{STRINGS.columns.name}</TableHeaderCell>
                  <TableHeaderCell>{STRINGS.columns.type}</TableHeaderCell>
                  <TableHeaderCell>{STRINGS.columns.status}</TableHeaderCell>
                  <TableHeaderCell>{STRINGS.columns.bizdate}</TableHeaderCell>
                  <TableHeaderCell>
                    {STRINGS.columns.created} ({timezone})
                  </TableHeaderCell>
                  <TableHeaderCell>{STRINGS.columns.createdBy}</TableHeaderCell>
                  <TableHeaderCell>{STRINGS.columns.backfill}</TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {dags.data.runs.map((dag) => (
                  <TableRow key={dag.dagId}>
                    <TableCell>
                      <Link href={dagHref(dag.dagId)} className="font-medium text-accent hover:underline">
                        {dag.name || dag.dagId}
                      </Link>
                    </TableCell>
                    <TableCell>{DAG_STRINGS.types[dag.type] ?? dag.type}</TableCell>
                    <TableCell>
                      <DagStatusBadge status={dag.status} />
                    </TableCell>
                    <TableCell>{dag.bizdate}</TableCell>
                    <TableCell isMono>{formatLocalInstant(dag.createTime, timezone)}</TableCell>
                    <TableCell>{dag.createUser}</TableCell>
                    <TableCell isMono>{dag.opSeq ?? "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {dags.data.isScanCapped ? <p className="text-xs text-fg-muted">{STRINGS.scanCapped}</p> : null}
          </>
        )}
      </section>

      <BackfillDialog workspace={workspaceRef} timezone={timezone} open={isBackfillOpen} onClose={() => setIsBackfillOpen(false)} dagHref={dagHref} />
    </div>
  );
}
