"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { formatInstanceTime, formatInstantWithZone } from "@/components/instances/instance-format";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DateInput } from "@/components/ui/date-input";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTopics } from "@/lib/client/topics/use-topics";
import { TOPIC_STATUSES, TOPIC_TYPES, type TTopicListQuery } from "@/lib/contracts/topics";
import { EVENT_STRINGS } from "./event-strings";
import { parseEventsSearch, toEventsSearch } from "./events-url";
import { TopicStatusBadge, TopicTypeBadge } from "./topic-badges";

const STRINGS = EVENT_STRINGS;

function Toggle({ isOn, onClick, children }: { isOn: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={isOn}
      onClick={onClick}
      className={cn("inline-flex h-8 items-center rounded-md border px-2 text-xs", isOn ? "border-accent bg-accent-soft text-fg" : "border-border text-fg-muted hover:bg-surface-muted")}
    >
      {children}
    </button>
  );
}

function toggled<T>(list: readonly T[] | undefined, value: T): T[] | undefined {
  const current = list ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return next.length ? next : undefined;
}

/** /s/…/events: events discovered in a date range (last 7 days by default), by status and type; filters in the URL. */
export function EventsView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = useMemo(() => parseEventsSearch(new URLSearchParams(searchParams.toString())), [searchParams]);
  const navigate = (next: Partial<TTopicListQuery>) => router.replace(`${pathname}${toEventsSearch(next)}`, { scroll: false });
  const topics = useTopics(workspaceRef, query);
  const timezone = topics.data?.timezone ?? workspace.timezone;
  const pages = topics.data ? Math.max(1, Math.ceil(topics.data.totalCount / query.pageSize)) : 1;
  const hasFilters = Boolean(query.from || query.to || query.status || query.type);

  return (
    <div className="flex flex-col gap-3">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-fg">{STRINGS.title}</h1>
          <p className="text-sm text-fg-muted">{STRINGS.subtitle}</p>
        </div>
        <p className="text-xs text-fg-muted">{STRINGS.zone(timezone)}</p>
      </header>
      <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Filters">
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          {STRINGS.filters.from}
          <DateInput value={topics.data?.from ?? query.from ?? ""} onChange={(value) => navigate({ ...query, from: value || undefined, page: 1 })} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          {STRINGS.filters.to}
          <DateInput value={topics.data?.to ?? query.to ?? ""} onChange={(value) => navigate({ ...query, to: value || undefined, page: 1 })} />
        </label>
        <div className="flex items-center gap-1" role="group" aria-label={STRINGS.filters.status}>
          {TOPIC_STATUSES.map((status) => (
            <Toggle key={status} isOn={query.status?.includes(status) ?? false} onClick={() => navigate({ ...query, status: toggled(query.status, status), page: 1 })}>
              {STRINGS.status[status]}
            </Toggle>
          ))}
        </div>
        <div className="flex items-center gap-1" role="group" aria-label={STRINGS.filters.type}>
          {TOPIC_TYPES.map((type) => (
            <Toggle key={type} isOn={query.type?.includes(type) ?? false} onClick={() => navigate({ ...query, type: toggled(query.type, type), page: 1 })}>
              {STRINGS.type[type]}
            </Toggle>
          ))}
        </div>
        {hasFilters ? (
          <Button size="sm" variant="ghost" onClick={() => navigate({})}>
            {STRINGS.filters.clear}
          </Button>
        ) : null}
      </div>
      {topics.isPending ? (
        <SkeletonRows rows={8} columns={6} />
      ) : topics.isError && !topics.data ? (
        <ErrorState title={STRINGS.loadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={topics.error.message} onRetry={() => void topics.refetch()} />
      ) : topics.data.items.length === 0 ? (
        <EmptyState title={STRINGS.empty} description={STRINGS.emptyHint} />
      ) : (
        <>
          <Table label={STRINGS.title} className={topics.isPlaceholderData ? "opacity-60" : undefined}>
            <TableHead>
              <tr>
                <TableHeaderCell>{STRINGS.columns.event}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.type}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.status}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.node}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.owner}</TableHeaderCell>
                <TableHeaderCell align="right">{STRINGS.columns.discovered}</TableHeaderCell>
                <TableHeaderCell align="right">{STRINGS.columns.recovered}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {topics.data.items.map((topic) => (
                <TableRow key={topic.topicId}>
                  <TableCell>
                    <Link href={`${base}/events/${topic.topicId}`} className="font-medium text-accent hover:underline">
                      {topic.topicName || topic.topicId}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <TopicTypeBadge type={topic.topicType} />
                  </TableCell>
                  <TableCell>
                    <TopicStatusBadge status={topic.topicStatus} />
                  </TableCell>
                  <TableCell>{topic.nodeId ? <Link href={`${base}/nodes/${topic.nodeId}`} className="hover:underline">{topic.nodeName || topic.nodeId}</Link> : topic.nodeName}</TableCell>
                  <TableCell>{topic.nodeOwner || "—"}</TableCell>
                  <TableCell align="right" isMono title={formatInstantWithZone(topic.addTime, timezone)}>
                    {formatInstanceTime(topic.addTime, timezone, { withSeconds: false })}
                  </TableCell>
                  <TableCell align="right" isMono title={formatInstantWithZone(topic.fixTime, timezone)}>
                    {formatInstanceTime(topic.fixTime, timezone, { withSeconds: false })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className="flex items-center justify-between gap-2 text-sm">
            <span className="text-fg-muted">{STRINGS.count(topics.data.items.length, topics.data.totalCount)}</span>
            <div className="flex items-center gap-2">
              <Button size="sm" disabled={query.page <= 1} onClick={() => navigate({ ...query, page: query.page - 1 })}>
                {STRINGS.previous}
              </Button>
              <span className="tabular-nums text-fg-muted">
                {query.page} / {pages}
              </span>
              <Button size="sm" disabled={query.page >= pages} onClick={() => navigate({ ...query, page: query.page + 1 })}>
                {STRINGS.next}
              </Button>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
