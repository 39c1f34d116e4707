"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchBaselineInstance } from "./api";
import { baselineKeys } from "./keys";
import { baselineRefreshMs } from "./refresh";

/** One baseline instance with its key path; refreshed every 5 s until it finishes. */
export function useBaselineInstance(workspace: TWorkspaceRef, baselineId: string, bizdate: string, inGroupId: number) {
  return useQuery({
    queryKey: baselineKeys.instance(workspace, baselineId, bizdate, inGroupId),
    queryFn: ({ signal }) => fetchBaselineInstance(workspace, baselineId, bizdate, inGroupId, signal),
    refetchInterval: (state) => baselineRefreshMs(state.state.data ? [state.state.data.baseline] : undefined),
  });
}
