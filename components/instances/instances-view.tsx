"use client";

import { useQueryClient } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { workspaceBasePath } from "@/components/shell/workspace-path";
import { formatZoneLabel } from "@/components/shell/zone-label";
import { afterNextPaint } from "@/components/ui/after-next-paint";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ChevronLeftIcon, ChevronRightIcon, InfoIcon, ListIcon, RefreshIcon } from "@/components/ui/icons";
import { Kbd } from "@/components/ui/kbd";
import { Select } from "@/components/ui/select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { isApiClientError } from "@/lib/client/api-client";
import { useMe } from "@/lib/client/auth/use-me";
import { currentBizdate } from "@/lib/client/instances/bizdate";
import { FAST_REFRESH_MS, instanceListRefreshMs } from "@/lib/client/instances/refresh-interval";
import { prefetchInstanceList, useInstances } from "@/lib/client/instances/use-instances";
import { INSTANCE_ACTIONS, INSTANCE_PAGE_SIZES, type TInstanceAction, type TInstanceFilter } from "@/lib/contracts/instances";
import { BulkActionDialog, type TBulkSelection } from "./bulk-action-dialog";
import { sortInstances, type TColumnId } from "./column-definitions";
import { InstanceFilters } from "./instance-filters";
import { INSTANCE_STRINGS } from "./instance-strings";
import { InstanceTable } from "./instance-table";
import { useRefreshBeat } from "./refresh-beat";
import {
  hasPreviousPage,
  isFilterEmpty,
  nextPage,
  pageNumberOf,
  parseInstancesSearch,
  previousPage,
  toInstancesSearch,
  toListRequest,
  withFilter,
  withPageSize,
  type TInstancesUrlState,
} from "./instances-url";

const STRINGS = INSTANCE_STRINGS;
/** One business date in the filter: every row has it, so the column gives its room to the node name. */
const BIZDATE_HIDDEN: ReadonlySet<TColumnId> = new Set(["bizdate"]);

/** The instances page: filters in the URL, a live table, paging, and bulk actions for operators. */
export function InstancesView() {
  const workspace = useWorkspace();
  const workspaceRef = useMemo(() => ({ serviceId: workspace.serviceId, projectId: workspace.projectId }), [workspace.serviceId, workspace.projectId]);
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { state, hasInvalidParams } = useMemo(() => parseInstancesSearch(new URLSearchParams(searchParams.toString())), [searchParams]);
  const request = useMemo(() => toListRequest(state), [state]);
  const list = useInstances(workspaceRef, request);
  const me = useMe();
  const canAct = me.can("operator");

  // The URL is the state, but a new filter or page needs no server render: history.pushState updates useSearchParams in place.
  const navigate = useCallback((next: TInstancesUrlState) => window.history.pushState(null, "", `${pathname}${toInstancesSearch(next)}`), [pathname]);
  // Paging asks for the next page in the click and changes the URL after the click has painted: the
  // request, the route change and the new rows then each get a frame, not one long one between them.
  const queryClient = useQueryClient();
  const pendingPageOpen = useRef<() => void>(undefined);
  const openPage = (next: TInstancesUrlState) => {
    prefetchInstanceList(queryClient, workspaceRef, toListRequest(next));
    // A second click before the first has painted opens the same page: one history entry, not two.
    pendingPageOpen.current?.();
    pendingPageOpen.current = afterNextPaint(() => {
      pendingPageOpen.current = undefined;
      navigate(next);
    });
  };
  useEffect(() => () => pendingPageOpen.current?.(), []);
  const base = workspaceBasePath(workspaceRef);
  const instanceHref = useCallback((instanceId: string) => `${base}/instances/${instanceId}`, [base]);

  // Selection: ticked IDs (kept across pages), or "all that match" the filter. A new filter clears it.
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [isAllMatching, setIsAllMatching] = useState(false);
  const filterKey = JSON.stringify(state.filter);
  useEffect(() => {
    setSelectedIds(new Set());
    setIsAllMatching(false);
  }, [filterKey]);
  const [pendingAction, setPendingAction] = useState<TInstanceAction | null>(null);
  const [dialogSelection, setDialogSelection] = useState<TBulkSelection>({ ids: [] });

  const page = list.data;
  const now = list.dataUpdatedAt || Date.now();
  const items = useMemo(() => sortInstances(page?.items ?? [], state.sort, now), [page?.items, state.sort, now]);
  const timezone = page?.timezone ?? workspace.timezone;
  const bizdateNow = currentBizdate(now, workspace.timezone);

  const toggle = useCallback((instanceId: string) => {
    setSelectedIds((current) => {
      const next = new Set(current);
      if (next.has(instanceId)) next.delete(instanceId);
      else next.add(instanceId);
      return next;
    });
  }, []);
  const pageIdsKey = items.map((item) => item.instanceId).join(",");
  const togglePage = useCallback(
    (select: boolean) => {
      // A hundred rows change at once: a transition keeps the click responsive while they re-render.
      startTransition(() =>
        setSelectedIds((current) => {
          const next = new Set(current);
          for (const id of pageIdsKey.split(",").filter(Boolean)) {
            if (select) next.add(id);
            else next.delete(id);
          }
          return next;
        }),
      );
    },
    [pageIdsKey],
  );
  const selection = useMemo(
    () => (canAct ? { selectedIds, isAllMatching, onToggle: toggle, onTogglePage: togglePage } : null),
    [canAct, selectedIds, isAllMatching, toggle, togglePage],
  );
  const selectedCount = isAllMatching ? (page?.totalCount ?? 0) : selectedIds.size;
  const isPageFullySelected = items.length > 0 && items.every((item) => selectedIds.has(item.instanceId));

  const openAction = (action: TInstanceAction) => {
    setDialogSelection(isAllMatching ? { filter: state.filter } : { ids: [...selectedIds] });
    setPendingAction(action);
  };
  const sortBy = (column: TColumnId) => {
    const direction = state.sort?.column === column && state.sort.direction === "asc" ? "desc" : "asc";
    navigate({ ...state, sort: { column, direction } });
  };
  // The filter bar re-renders only when the filter changes, not on every page or sort change.
  const latestState = useRef(state);
  useLayoutEffect(() => {
    latestState.current = state;
  }, [state]);
  const applyFilter = useCallback((filter: TInstanceFilter) => navigate(withFilter(latestState.current, filter)), [navigate]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the same filter parsed again is the same filter
  const filter = useMemo(() => state.filter, [filterKey]);
  const refreshMs = instanceListRefreshMs(page?.items);
  // The URL names the page, filter and sort: a refresh keeps it, so the table stays where it was scrolled.
  // The table hears of a new page with its rows: while the previous page's rows stand in, the old key
  // holds, or the table would scroll those rows to their top and lay them out once more for nothing.
  const requestedPageKey = toInstancesSearch(state);
  const [pageKey, setPageKey] = useState(requestedPageKey);
  const shownPageKey = list.isPlaceholderData ? pageKey : requestedPageKey;
  if (shownPageKey !== pageKey) setPageKey(shownPageKey);
  const refreshBeat = useRefreshBeat(shownPageKey, list.dataUpdatedAt);

  return (
    <div className="flex flex-col gap-3">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <h1 className="text-lg font-semibold">{STRINGS.page.title}</h1>
        <span className="text-xs text-fg-muted" title={STRINGS.page.timesNote}>
          {STRINGS.page.timesIn(formatZoneLabel(timezone, new Date(now)))}
        </span>
        <span className="flex items-center gap-1.5 text-xs text-fg-muted" title={refreshMs === FAST_REFRESH_MS ? STRINGS.page.liveFast : STRINGS.page.liveSlow}>
          {/* A new element restarts its animation: the dot beats once per refresh of the rows shown. */}
          <span
            key={refreshBeat}
            aria-hidden="true"
            className={refreshMs === FAST_REFRESH_MS ? "size-2 rounded-full bg-ok motion-safe:animate-heartbeat" : "size-2 rounded-full bg-fg-muted"}
          />
          {refreshMs === FAST_REFRESH_MS ? STRINGS.page.liveFast : STRINGS.page.liveSlow}
        </span>
        <Button size="sm" variant="ghost" className="ml-auto" icon={list.isFetching ? <Spinner size={12} /> : <RefreshIcon size={12} />} onClick={() => void list.refetch()}>
          {STRINGS.page.refreshing}
        </Button>
      </header>

      <InstanceFilters filter={filter} onChange={applyFilter} currentBizdate={bizdateNow} />
      {hasInvalidParams ? (
        <p className="flex items-center gap-2 text-xs text-warn" role="status">
          <InfoIcon size={12} /> {STRINGS.filters.invalidUrl}
        </p>
      ) : null}

      {selection && selectedCount > 0 ? (
        <div className="flex flex-wrap items-center gap-2 rounded-lg border border-accent/40 bg-accent-soft/40 px-3 py-2 text-sm" role="region" aria-label={STRINGS.selection.selected(selectedCount)}>
          <span className="font-medium">{isAllMatching ? STRINGS.selection.allMatchingSelected(page?.totalCount ?? 0, page?.isTotalCapped ?? false) : STRINGS.selection.selected(selectedCount)}</span>
          {!isAllMatching && isPageFullySelected && page?.hasNextPage ? (
            <Button size="sm" variant="ghost" onClick={() => setIsAllMatching(true)}>
              {STRINGS.selection.selectAllMatching(page.totalCount, page.isTotalCapped)}
            </Button>
          ) : null}
          <span className="ml-auto flex flex-wrap gap-1.5">
            {INSTANCE_ACTIONS.map((action) => (
              <Button key={action} size="sm" variant={action === "stop" || action === "set-success" ? "secondary" : "secondary"} onClick={() => openAction(action)}>
                {STRINGS.actions.label[action]}
              </Button>
            ))}
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setSelectedIds(new Set());
                setIsAllMatching(false);
              }}
            >
              {STRINGS.selection.clear}
            </Button>
          </span>
        </div>
      ) : null}

      {list.isPending ? (
        <SkeletonRows rows={12} columns={8} label={STRINGS.page.loading} />
      ) : list.isError && !page ? (
        <ErrorState
          title={STRINGS.error.title}
          message={list.error.message}
          requestId={isApiClientError(list.error) ? list.error.requestId : undefined}
          whatToDo={STRINGS.error.whatToDo}
          onRetry={() => void list.refetch()}
          isRetrying={list.isFetching}
        />
      ) : page?.needsNode ? (
        <EmptyState icon={<InfoIcon size={20} />} title={STRINGS.empty.needsNodeTitle} description={STRINGS.empty.needsNodeDescription} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<ListIcon size={20} />}
          title={STRINGS.empty.title}
          description={STRINGS.empty.description}
          action={
            isFilterEmpty(state.filter) ? undefined : (
              <Button size="sm" onClick={() => applyFilter({})}>
                {STRINGS.empty.clear}
              </Button>
            )
          }
        />
      ) : (
        <InstanceTable
          items={items}
          timezone={timezone}
          instanceHref={instanceHref}
          selection={selection}
          sort={state.sort}
          onSort={sortBy}
          now={now}
          isStale={list.isPlaceholderData}
          hiddenColumns={state.filter.bizdate ? BIZDATE_HIDDEN : undefined}
          pageKey={shownPageKey}
        />
      )}

      {list.isError && page ? (
        <p className="text-xs text-danger" role="alert">
          {STRINGS.error.title}: {list.error.message}
        </p>
      ) : null}

      {page && !page.needsNode ? (
        <nav aria-label={STRINGS.page.pageOf(pageNumberOf(state))} className="flex flex-wrap items-center gap-3 text-sm">
          <Button size="sm" icon={<ChevronLeftIcon size={12} />} disabled={!hasPreviousPage(state)} onClick={() => openPage(previousPage(state))}>
            {STRINGS.page.previous}
          </Button>
          <span className="text-fg-muted">{STRINGS.page.pageOf(pageNumberOf(state))}</span>
          <Button size="sm" disabled={!page.hasNextPage} onClick={() => openPage(nextPage(state, page.nextCursor))}>
            {STRINGS.page.next}
            <ChevronRightIcon size={12} />
          </Button>
          <span className="text-xs text-fg-muted">{STRINGS.page.count(items.length, page.totalCount, page.isTotalCapped)}</span>
          <label className="ml-auto flex items-center gap-2 text-xs whitespace-nowrap text-fg-muted">
            {STRINGS.page.pageSize}
            <Select value={String(state.pageSize)} onChange={(event) => navigate(withPageSize(state, Number(event.target.value)))} className="h-7">
              {INSTANCE_PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </Select>
          </label>
          <span className="hidden text-xs text-fg-muted lg:inline">
            <Kbd>j</Kbd> <Kbd>k</Kbd> <Kbd>x</Kbd> <Kbd>Enter</Kbd> — {STRINGS.page.keyboardHint}
          </span>
        </nav>
      ) : null}

      <BulkActionDialog
        workspace={workspaceRef}
        action={pendingAction}
        selection={dialogSelection}
        onClose={() => setPendingAction(null)}
        instanceHref={instanceHref}
        onDone={(result) => {
          if (result.counts.failed === 0) {
            setSelectedIds(new Set());
            setIsAllMatching(false);
          }
        }}
      />
    </div>
  );
}
