"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchDataSources } from "./api";
import { connectivityKeys } from "./keys";

/** The workspace's data sources with their last result. ListDataSources is rate-limited upstream: no polling. */
export function useDataSources(workspace: TWorkspaceRef) {
  return useQuery({
    queryKey: connectivityKeys.dataSources(workspace),
    queryFn: ({ signal }) => fetchDataSources(workspace, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
