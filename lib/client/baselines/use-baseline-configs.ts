"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchBaselineConfigs } from "./api";
import { baselineKeys } from "./keys";

/** The workspace's baselines for a picker (they change rarely: kept five minutes). */
export function useBaselineConfigs(workspace: TWorkspaceRef, search = "") {
  return useQuery({
    queryKey: baselineKeys.configs(workspace, search),
    queryFn: ({ signal }) => fetchBaselineConfigs(workspace, search, signal),
    staleTime: 5 * 60_000,
  });
}
