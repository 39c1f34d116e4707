"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TDagListQuery } from "@/lib/contracts/dags";
import { fetchDagList } from "./api";
import { dagKeys } from "./keys";

/** Recent backfills, smoke tests and manual runs and the daily DAG of a business date; refreshed every 30 s. */
export function useDags(workspace: TWorkspaceRef, query: TDagListQuery) {
  return useQuery({
    queryKey: dagKeys.list(workspace, query),
    queryFn: ({ signal }) => fetchDagList(workspace, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
