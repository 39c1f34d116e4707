"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { formatInstantWithZone } from "@/components/instances/instance-format";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DateInput } from "@/components/ui/date-input";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useBaselineBoard } from "@/lib/client/baselines/use-baseline-board";
import { BASELINE_PRIORITIES, BASELINE_STATUSES, type TBaselineBoardQuery, type TBaselineStatus } from "@/lib/contracts/baselines";
import { BaselineStatusBadge } from "./baseline-status-badge";
import { baselineStatusStyleOf } from "./baseline-status-style";
import { BASELINE_STRINGS } from "./baseline-strings";
import { formatBuffer, formatClock } from "./baseline-time";
import { baselineInstancePath, parseBaselinesSearch, toBaselinesSearch } from "./baselines-url";

const STRINGS = BASELINE_STRINGS;

/** A text filter that writes to the URL a moment after typing stops. */
function useDebouncedCommit(value: string, commit: (value: string) => void, delayMs = 300) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => commit(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, value, commit, delayMs]);
  return [draft, setDraft] as const;
}

/**
 * /s/…/baselines: every baseline instance of the business date with its status, commitment,
 * predicted finish and buffer, most urgent first; filters by owner, priority and status in the URL;
 * refreshes every few seconds while any is unfinished.
 */
export function BaselinesBoardView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = useMemo(() => parseBaselinesSearch(new URLSearchParams(searchParams.toString())), [searchParams]);
  const navigate = useMemo(() => (next: TBaselineBoardQuery) => router.replace(`${pathname}${toBaselinesSearch(next)}`, { scroll: false }), [router, pathname]);
  const [owner, setOwner] = useDebouncedCommit(query.owner ?? "", (value) => navigate({ ...query, owner: value || undefined }));
  const [search, setSearch] = useDebouncedCommit(query.search ?? "", (value) => navigate({ ...query, search: value || undefined }));
  const board = useBaselineBoard(workspaceRef, query);
  const timezone = board.data?.timezone ?? workspace.timezone;
  const bizdate = board.data?.bizdate ?? query.bizdate ?? "";
  const hasFilters = Boolean(query.owner || query.priority?.length || query.status?.length || query.search);

  const toggleStatus = (status: TBaselineStatus) => {
    const current = query.status ?? [];
    const next = current.includes(status) ? current.filter((item) => item !== status) : [...current, status];
    navigate({ ...query, status: next.length ? next : undefined });
  };

  // Baselines with more than one cycle on the board (hourly) name the cycle on every row.
  const cycled = useMemo(() => new Set((board.data?.items ?? []).filter((item) => item.inGroupId > 1).map((item) => item.baselineId)), [board.data]);
  const counts = useMemo(() => {
    const items = board.data?.items ?? [];
    const unfinished = items.filter((item) => item.finishStatus !== "FINISH");
    return {
      over: unfinished.filter((item) => item.status === "OVER" || item.status === "ERROR").length,
      danger: unfinished.filter((item) => item.status === "DANGROUS").length,
      safe: unfinished.filter((item) => item.status === "SAFE").length,
      finished: items.length - unfinished.length,
    };
  }, [board.data]);

  return (
    <div className="flex flex-col gap-3">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-fg">{STRINGS.title}</h1>
          <p className="text-sm text-fg-muted">{STRINGS.subtitle}</p>
        </div>
        <p className="flex items-center gap-2 text-xs text-fg-muted">
          {board.isFetching ? <span className="inline-block size-2 rounded-full bg-accent motion-safe:animate-pulse" aria-hidden /> : null}
          {STRINGS.live} · {STRINGS.zone(timezone)}
        </p>
      </header>
      <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Filters">
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          {STRINGS.filters.bizdate}
          <DateInput value={bizdate} onChange={(value) => navigate({ ...query, bizdate: value || undefined })} aria-label={STRINGS.filters.bizdate} />
        </label>
        <div className="w-48">
          <Input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder={STRINGS.filters.searchPlaceholder} aria-label={STRINGS.filters.search} data-page-search />
        </div>
        <div className="w-36">
          <Input value={owner} onChange={(event) => setOwner(event.target.value)} placeholder={STRINGS.filters.ownerPlaceholder} aria-label={STRINGS.filters.owner} />
        </div>
        <div className="w-36">
          <Select
            aria-label={STRINGS.filters.priority}
            value={query.priority?.length === 1 ? String(query.priority[0]) : ""}
            onChange={(event) => navigate({ ...query, priority: event.target.value ? [Number(event.target.value)] : undefined })}
            options={[{ value: "", label: STRINGS.filters.anyPriority }, ...BASELINE_PRIORITIES.map((priority) => ({ value: String(priority), label: `${STRINGS.filters.priority} ${priority}` }))]}
          />
        </div>
        <div className="flex items-center gap-1" role="group" aria-label={STRINGS.filters.status}>
          {BASELINE_STATUSES.map((status) => {
            const style = baselineStatusStyleOf(status);
            const isOn = query.status?.includes(status) ?? false;
            return (
              <button
                key={status}
                type="button"
                aria-pressed={isOn}
                title={style.description}
                onClick={() => toggleStatus(status)}
                className={cn("inline-flex h-8 items-center gap-1 rounded-md border px-2 text-xs", isOn ? "border-accent bg-accent-soft text-fg" : "border-border text-fg-muted hover:bg-surface-muted")}
              >
                <style.Icon size={12} />
                {style.label}
              </button>
            );
          })}
        </div>
        {hasFilters ? (
          <Button size="sm" variant="ghost" onClick={() => navigate({ bizdate: query.bizdate })}>
            {STRINGS.filters.clear}
          </Button>
        ) : null}
      </div>
      {board.isPending ? (
        <SkeletonRows rows={8} columns={7} />
      ) : board.isError && !board.data ? (
        <ErrorState title={STRINGS.loadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={board.error.message} onRetry={() => void board.refetch()} />
      ) : board.data.items.length === 0 ? (
        <EmptyState title={hasFilters ? STRINGS.emptyFiltered : STRINGS.empty} description={STRINGS.emptyHint} />
      ) : (
        <>
          <p className="text-sm text-fg-muted" aria-live="polite">
            {STRINGS.counts(counts.over, counts.danger, counts.safe, counts.finished)}
          </p>
          <Table label={STRINGS.title} className={board.isPlaceholderData ? "opacity-60" : undefined}>
            <TableHead>
              <tr>
                <TableHeaderCell>{STRINGS.columns.baseline}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.status}</TableHeaderCell>
                <TableHeaderCell align="right">{STRINGS.columns.commitment}</TableHeaderCell>
                <TableHeaderCell align="right">{STRINGS.columns.predicted}</TableHeaderCell>
                <TableHeaderCell align="right">{STRINGS.columns.buffer}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.owner}</TableHeaderCell>
                <TableHeaderCell align="right">{STRINGS.columns.priority}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {board.data.items.map((item) => {
                const isFinished = item.finishStatus === "FINISH";
                const finish = isFinished ? item.finishTime : item.endCast;
                return (
                  <TableRow key={`${item.baselineId}:${item.inGroupId}`} data-baseline={item.baselineName} data-status={item.status}>
                    <TableCell>
                      <Link href={baselineInstancePath(base, item)} className="font-medium text-accent hover:underline">
                        {item.baselineName || item.baselineId}
                      </Link>
                      {cycled.has(item.baselineId) ? <span className="ml-1 text-xs text-fg-muted">{STRINGS.detail.cycle(item.inGroupId)}</span> : null}
                    </TableCell>
                    <TableCell>
                      <BaselineStatusBadge status={item.status} isFinished={isFinished} />
                    </TableCell>
                    <TableCell align="right" isMono title={formatInstantWithZone(item.slaTime, timezone)}>
                      {formatClock(item.slaTime, timezone)}
                    </TableCell>
                    <TableCell align="right" isMono title={formatInstantWithZone(finish, timezone)}>
                      {formatClock(finish, timezone)}
                      {isFinished ? null : <span className="sr-only"> (predicted)</span>}
                    </TableCell>
                    <TableCell align="right" isMono>
                      <span className={cn(item.bufferSeconds !== null && item.bufferSeconds < 0 && "text-danger")}>{formatBuffer(item.bufferSeconds)}</span>
                    </TableCell>
                    <TableCell>{item.owner || "—"}</TableCell>
                    <TableCell align="right">
                      <Badge tone="neutral">{item.priority}</Badge>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {board.data.isTruncated ? <p className="text-sm text-fg-muted">{STRINGS.truncated(board.data.items.length)}</p> : null}
        </>
      )}
    </div>
  );
}
