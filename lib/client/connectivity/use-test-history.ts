"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchHistory } from "./api";
import { connectivityKeys } from "./keys";

/** A data source's past tests (oldest first), fetched only while its history is open. */
export function useTestHistory(workspace: TWorkspaceRef, dataSourceId: string | null) {
  return useQuery({
    queryKey: connectivityKeys.history(workspace, dataSourceId ?? ""),
    queryFn: ({ signal }) => fetchHistory(workspace, dataSourceId ?? "", signal),
    enabled: dataSourceId !== null,
  });
}
