"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { formatZoneLabel } from "@/components/shell/zone-label";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableHead, TableHeaderCell, TableMessageRow } from "@/components/ui/table";
import { isApiClientError } from "@/lib/client/api-client";
import { useAuditRecords } from "@/lib/client/audit/use-audit-records";
import { AuditFilterBar } from "./audit-filter-bar";
import { hasAnyFilter, parseAuditFilters, toAuditSearch } from "./audit-filters";
import { AUDIT_COLUMN_COUNT, AuditRecordRow } from "./audit-record-row";
import { AUDIT_STRINGS } from "./audit-strings";
import { useBrowserTimeZone } from "./use-browser-time-zone";

/** /audit: the console's audit trail, filters in the URL, details expandable, older records on demand. */
export function AuditPage() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => parseAuditFilters(new URLSearchParams(searchParams.toString())), [searchParams]);
  const records = useAuditRecords(filters);
  const timeZone = useBrowserTimeZone();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());

  const items = records.data?.pages.flatMap((page) => page.items) ?? [];
  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="flex flex-col gap-3">
      <header>
        <h1 className="text-xl font-semibold">{AUDIT_STRINGS.title}</h1>
        <p className="mt-1 text-sm text-fg-muted">{AUDIT_STRINGS.description}</p>
      </header>
      {timeZone ? <AuditFilterBar filters={filters} timeZone={timeZone} onApply={(next) => router.replace(`${pathname}${toAuditSearch(next)}`)} /> : null}

      {records.isError && items.length === 0 ? (
        <ErrorState
          title={AUDIT_STRINGS.loadError.title}
          message={records.error.message}
          whatToDo={AUDIT_STRINGS.loadError.whatToDo}
          requestId={isApiClientError(records.error) ? records.error.requestId : undefined}
          onRetry={() => void records.refetch()}
          isRetrying={records.isFetching}
        />
      ) : !records.isPending && items.length === 0 ? (
        <EmptyState title={AUDIT_STRINGS.empty.title} description={hasAnyFilter(filters) ? AUDIT_STRINGS.empty.filtered : AUDIT_STRINGS.empty.unfiltered} />
      ) : (
        <>
          <Table label={AUDIT_STRINGS.tableLabel} aria-busy={records.isFetching || undefined}>
            <TableHead>
              <tr>
                <TableHeaderCell>
                  <span className="sr-only">{AUDIT_STRINGS.columns.details}</span>
                </TableHeaderCell>
                <TableHeaderCell>{AUDIT_STRINGS.columns.at}</TableHeaderCell>
                <TableHeaderCell>{AUDIT_STRINGS.columns.actor}</TableHeaderCell>
                <TableHeaderCell>{AUDIT_STRINGS.columns.action}</TableHeaderCell>
                <TableHeaderCell>{AUDIT_STRINGS.columns.target}</TableHeaderCell>
                <TableHeaderCell>{AUDIT_STRINGS.columns.workspace}</TableHeaderCell>
                <TableHeaderCell>{AUDIT_STRINGS.columns.result}</TableHeaderCell>
                <TableHeaderCell>{AUDIT_STRINGS.columns.reason}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {records.isPending || !timeZone ? (
                <TableMessageRow columns={AUDIT_COLUMN_COUNT}>
                  <SkeletonRows rows={8} columns={6} />
                </TableMessageRow>
              ) : (
                items.map((record) => (
                  <AuditRecordRow key={record.id} record={record} timeZone={timeZone} isExpanded={expanded.has(record.id)} onToggle={() => toggle(record.id)} />
                ))
              )}
            </TableBody>
          </Table>
          <div className="flex items-center justify-between gap-3 text-xs text-fg-muted">
            <span>{timeZone ? AUDIT_STRINGS.timeZone(formatZoneLabel(timeZone, new Date())) : null}</span>
            {records.hasNextPage ? (
              <Button size="sm" onClick={() => void records.fetchNextPage()} isLoading={records.isFetchingNextPage}>
                {records.isFetchingNextPage ? AUDIT_STRINGS.loadingOlder : AUDIT_STRINGS.loadOlder}
              </Button>
            ) : items.length > 0 ? (
              <span>{AUDIT_STRINGS.endOfList}</span>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
