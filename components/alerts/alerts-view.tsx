"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { formatInstanceTime, formatInstantWithZone } from "@/components/instances/instance-format";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DateInput } from "@/components/ui/date-input";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { TabLinks } from "@/components/ui/tabs";
import { useAlertMessages } from "@/lib/client/alerts/use-alert-messages";
import { useMe } from "@/lib/client/auth/use-me";
import { ALERT_SEND_STATUSES, ALERT_SOURCES, type TAlertListQuery, type TAlertSource } from "@/lib/contracts/alerts";
import { SendStatusBadge } from "./alert-badges";
import { ALERT_STRINGS } from "./alert-strings";
import { AlertSubject } from "./alert-subject";
import { parseAlertsSearch, toAlertsSearch } from "./alerts-url";
import { TestSendDialog } from "./test-send-dialog";

const STRINGS = ALERT_STRINGS;

function toggled<T>(list: readonly T[] | undefined, value: T): T[] | undefined {
  const current = list ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return next.length ? next : undefined;
}

function Toggle({ isOn, onClick, children, title }: { isOn: boolean; onClick: () => void; children: React.ReactNode; title?: string }) {
  return (
    <button
      type="button"
      aria-pressed={isOn}
      title={title}
      onClick={onClick}
      className={cn("inline-flex h-8 items-center rounded-md border px-2 text-xs", isOn ? "border-accent bg-accent-soft text-fg" : "border-border text-fg-muted hover:bg-surface-muted")}
    >
      {children}
    </button>
  );
}

/** The two tabs of the alerts area. */
export function AlertsTabs({ base, current }: { base: string; current: "messages" | "rules" }) {
  return (
    <TabLinks
      label={STRINGS.title}
      items={[
        { href: `${base}/alerts`, label: STRINGS.tabs.messages, isActive: current === "messages" },
        { href: `${base}/alerts/rules`, label: STRINGS.tabs.rules, isActive: current === "rules" },
      ]}
    />
  );
}

/** /s/…/alerts: alert messages of a date range with their delivery status; filters by source, delivery, receiver and time in the URL; a test-send button. */
export function AlertsView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const base = workspaceBasePath(workspaceRef);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const me = useMe();
  const query = useMemo(() => parseAlertsSearch(new URLSearchParams(searchParams.toString())), [searchParams]);
  const navigate = (next: Partial<TAlertListQuery>) => router.replace(`${pathname}${toAlertsSearch(next)}`, { scroll: false });
  const [receiver, setReceiver] = useState(query.receiver ?? "");
  useEffect(() => setReceiver(query.receiver ?? ""), [query.receiver]);
  useEffect(() => {
    if (receiver === (query.receiver ?? "")) return;
    const timer = setTimeout(() => navigate({ ...query, receiver: receiver.trim() || undefined, page: 1 }), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- commit the typed receiver only
  }, [receiver]);
  const [isTestOpen, setTestOpen] = useState(false);
  const messages = useAlertMessages(workspaceRef, query);
  const timezone = messages.data?.timezone ?? workspace.timezone;
  const pages = messages.data ? Math.max(1, Math.ceil(messages.data.totalCount / query.pageSize)) : 1;
  const hasFilters = Boolean(query.from || query.to || query.source || query.status || query.receiver || query.remindId);

  return (
    <div className="flex flex-col gap-3">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-lg font-semibold text-fg">{STRINGS.title}</h1>
          <p className="text-sm text-fg-muted">{STRINGS.subtitle}</p>
        </div>
        <div className="flex items-center gap-3">
          <span className="text-xs text-fg-muted">{STRINGS.zone(timezone)}</span>
          <Button size="sm" disabled={!me.can("operator")} title={me.can("operator") ? undefined : STRINGS.rules.viewerHint} onClick={() => setTestOpen(true)}>
            {STRINGS.testSend.button}
          </Button>
        </div>
      </header>
      <AlertsTabs base={base} current="messages" />
      <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Filters">
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          {STRINGS.filters.from}
          <DateInput value={messages.data?.from ?? query.from ?? ""} onChange={(value) => navigate({ ...query, from: value || undefined, page: 1 })} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          {STRINGS.filters.to}
          <DateInput value={messages.data?.to ?? query.to ?? ""} onChange={(value) => navigate({ ...query, to: value || undefined, page: 1 })} />
        </label>
        <div className="w-36">
          <Input value={receiver} onChange={(event) => setReceiver(event.target.value)} placeholder={STRINGS.filters.receiverPlaceholder} aria-label={STRINGS.filters.receiver} />
        </div>
        <div className="flex flex-wrap items-center gap-1" role="group" aria-label={STRINGS.filters.source}>
          {ALERT_SOURCES.map((source) => (
            <Toggle key={source} isOn={query.source?.includes(source) ?? false} onClick={() => navigate({ ...query, source: toggled(query.source, source), page: 1 })}>
              {STRINGS.source[source]}
            </Toggle>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-1" role="group" aria-label={STRINGS.filters.status}>
          {ALERT_SEND_STATUSES.map((status) => (
            <Toggle key={status} title={STRINGS.sendStatusHint[status]} isOn={query.status?.includes(status) ?? false} onClick={() => navigate({ ...query, status: toggled(query.status, status), page: 1 })}>
              {STRINGS.sendStatus[status]}
            </Toggle>
          ))}
        </div>
        {hasFilters ? (
          <Button size="sm" variant="ghost" onClick={() => navigate({})}>
            {STRINGS.filters.clear}
          </Button>
        ) : null}
      </div>
      {messages.isPending ? (
        <SkeletonRows rows={8} columns={7} />
      ) : messages.isError && !messages.data ? (
        <ErrorState title={STRINGS.loadFailed} whatToDo={STRINGS.loadFailedWhatToDo} message={messages.error.message} onRetry={() => void messages.refetch()} />
      ) : messages.data.items.length === 0 ? (
        <EmptyState title={STRINGS.empty} description={STRINGS.emptyHint} />
      ) : (
        <>
          <Table label={STRINGS.tabs.messages} className={messages.isPlaceholderData ? "opacity-60" : undefined}>
            <TableHead>
              <tr>
                <TableHeaderCell>{STRINGS.columns.time}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.source}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.about}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.content}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.sentTo}</TableHeaderCell>
                <TableHeaderCell>{STRINGS.columns.status}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {messages.data.items.map((message) => (
                <TableRow key={message.alertId}>
                  <TableCell isMono title={formatInstantWithZone(message.alertTime, timezone)}>
                    {formatInstanceTime(message.alertTime, timezone, { withSeconds: false })}
                  </TableCell>
                  <TableCell>
                    <Badge tone="neutral">{STRINGS.source[message.source as TAlertSource] ?? message.source}</Badge>
                  </TableCell>
                  <TableCell>
                    <AlertSubject subject={message.subject} base={base} />
                  </TableCell>
                  <TableCell>
                    <div className="w-72">
                      {message.title ? (
                        <span className="block truncate font-medium" title={message.title}>
                          {message.title}
                        </span>
                      ) : null}
                      <span className="line-clamp-2" title={message.content}>
                        {message.content || "—"}
                      </span>
                    </div>
                  </TableCell>
                  <TableCell>
                    <span className="block text-xs text-fg-muted">{STRINGS.method[message.method as keyof typeof STRINGS.method] ?? message.method}</span>
                    <span className="block max-w-32 truncate" title={message.receiver}>
                      {message.receiver || "—"}
                    </span>
                  </TableCell>
                  <TableCell>
                    <SendStatusBadge status={message.sendStatus} />
                    {message.deliveries.length > 0 ? (
                      <ul className="mt-1 flex w-52 flex-col text-xs text-fg-muted">
                        {message.deliveries.map((delivery, index) => (
                          <li key={index} className="truncate" title={STRINGS.delivery(delivery.target || delivery.receiver, delivery.status, delivery.attempts, delivery.lastError)}>
                            {STRINGS.delivery(delivery.target || delivery.receiver, STRINGS.sendStatus[delivery.status as keyof typeof STRINGS.sendStatus] ?? delivery.status, delivery.attempts, delivery.lastError)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {messages.data.isTruncated ? <p className="text-sm text-fg-muted">{STRINGS.truncated}</p> : null}
          <div className="flex items-center justify-between gap-2 text-sm">
            <span className="text-fg-muted">{STRINGS.count(messages.data.items.length, messages.data.totalCount)}</span>
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
      <TestSendDialog workspace={workspaceRef} open={isTestOpen} onClose={() => setTestOpen(false)} />
    </div>
  );
}
