"use client";

import { hashKey, keepPreviousData, queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchInstanceList, warmInstanceListParser, type TInstanceListRequest } from "./api";
import { instanceKeys } from "./keys";
import { instanceListRefreshMs } from "./refresh-interval";
import type { TWorkspaceRef } from "./workspace-ref";

/** How long a page the pager fetched ahead is taken as it is (the live refresh runs regardless). */
const PREFETCH_FRESH_MS = 5_000;
/** When the pager last asked for a page ahead of opening it, by query hash. */
const prefetchedAt = new Map<string, number>();

/**
 * The query of one page of a workspace's instances: what the list shows and what paging fetches
 * ahead. Only a page the pager has just fetched is fresh; any other page is asked for again when it
 * shows (a filter toggled back shows its rows from memory while they reload).
 */
export function instanceListQuery(workspace: TWorkspaceRef, query: TInstanceListRequest) {
  return queryOptions({
    queryKey: instanceKeys.list(workspace, query),
    queryFn: ({ signal }) => fetchInstanceList(workspace, query, signal),
    staleTime: (cached) => (Date.now() - (prefetchedAt.get(cached.queryHash) ?? Number.NEGATIVE_INFINITY) < PREFETCH_FRESH_MS ? PREFETCH_FRESH_MS : 0),
  });
}

/**
 * One page of a workspace's instances. Keeps the previous page on screen while the next loads,
 * and refreshes every 5 s while something shown is waiting or running, else every minute
 * (react-query pauses the interval in hidden tabs).
 */
export function useInstances(workspace: TWorkspaceRef, query: TInstanceListRequest) {
  const list = useQuery({
    ...instanceListQuery(workspace, query),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => instanceListRefreshMs(current.state.data?.items),
  });
  const page = list.data;
  useEffect(() => {
    if (page) warmInstanceListParser(page);
  }, [page]);
  return list;
}

/**
 * Starts loading a page the user is about to open (the pager's click), so the request is under way
 * before the view renders for the new URL, which then shows it without asking again.
 */
export function prefetchInstanceList(queryClient: QueryClient, workspace: TWorkspaceRef, query: TInstanceListRequest): void {
  const options = instanceListQuery(workspace, query);
  const now = Date.now();
  for (const [hash, at] of prefetchedAt) if (now - at >= PREFETCH_FRESH_MS) prefetchedAt.delete(hash);
  prefetchedAt.set(hashKey(options.queryKey), now);
  void queryClient.prefetchQuery(options);
}
