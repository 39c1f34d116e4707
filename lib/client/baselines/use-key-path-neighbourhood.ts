"use client";

import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchKeyPathNeighbourhood } from "./api";
import { baselineKeys } from "./keys";

/**
 * Every status change of a neighbour lays the graph out again, and each read costs one upstream call
 * per key path instance: refresh it less often than the key path's own 5 s.
 */
export const NEIGHBOURHOOD_REFRESH_MS = 30_000;

export type TNeighbourhoodKey = { baselineId: string; bizdate: string; inGroupId: number; hops: number };

/** The neighbourhood's key and fetcher, shared by the graph's query and the page's early prefetch. */
export function keyPathNeighbourhoodQuery(workspace: TWorkspaceRef, key: TNeighbourhoodKey) {
  return queryOptions({
    queryKey: baselineKeys.neighbourhood(workspace, key.baselineId, key.bizdate, key.inGroupId, key.hops),
    queryFn: ({ signal }) => fetchKeyPathNeighbourhood(workspace, key.baselineId, key.bizdate, key.inGroupId, key.hops, signal),
  });
}

/**
 * The key path of a baseline instance with its neighbourhood (1 or 2 hops); every 30 s while the
 * baseline instance is unfinished. Another hop count keeps the last graph shown until its own arrives.
 */
export function useKeyPathNeighbourhood(workspace: TWorkspaceRef, key: TNeighbourhoodKey & { isFinished: boolean }) {
  return useQuery({
    ...keyPathNeighbourhoodQuery(workspace, key),
    refetchInterval: key.isFinished ? false : NEIGHBOURHOOD_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
