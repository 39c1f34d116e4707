"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchBaselineNodes } from "./api";
import { baselineKeys } from "./keys";

/** The nodes a baseline watches (they change only on a deploy: kept five minutes). */
export function useBaselineNodes(workspace: TWorkspaceRef, baselineId: string) {
  return useQuery({ queryKey: baselineKeys.nodes(workspace, baselineId), queryFn: ({ signal }) => fetchBaselineNodes(workspace, baselineId, signal), staleTime: 5 * 60_000 });
}
