"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchOperationHistory } from "./api";
import { instanceDetailKeys } from "./keys";

/** What was asked of the instance (engine and console records), newest first. */
export function useOperationHistory(workspace: TWorkspaceRef, instanceId: string) {
  return useQuery({
    queryKey: instanceDetailKeys.operations(workspace, instanceId),
    queryFn: ({ signal }) => fetchOperationHistory(workspace, instanceId, signal),
    refetchInterval: 30_000,
  });
}
