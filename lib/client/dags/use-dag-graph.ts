"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchDagGraph } from "./api";
import { dagKeys } from "./keys";

/** A DAG's instances and edges, for its graph (heavier than the detail: refreshed every 30 s). */
export function useDagGraph(workspace: TWorkspaceRef, dagId: string) {
  return useQuery({
    queryKey: dagKeys.graph(workspace, dagId),
    queryFn: ({ signal }) => fetchDagGraph(workspace, dagId, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
