"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchOverviewStats } from "./api";
import { statsKeys } from "./keys";

export const OVERVIEW_REFRESH_MS = 30_000;

/** The overview's statistics for a business date (undefined: the current one), refreshed every 30 s while the tab is visible. */
export function useOverviewStats(workspace: TWorkspaceRef, bizdate: string | undefined) {
  return useQuery({
    queryKey: statsKeys.overview(workspace, bizdate),
    queryFn: ({ signal }) => fetchOverviewStats(workspace, bizdate, signal),
    placeholderData: keepPreviousData,
    refetchInterval: OVERVIEW_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}
