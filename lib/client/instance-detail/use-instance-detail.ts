"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchInstanceDetail } from "./api";
import { instanceDetailKeys } from "./keys";
import { detailRefreshMs } from "./refresh";

/** One instance with its node and waiting reason; refreshed every 5 s until it finishes, then every minute. */
export function useInstanceDetail(workspace: TWorkspaceRef, instanceId: string) {
  return useQuery({
    queryKey: instanceDetailKeys.summary(workspace, instanceId),
    queryFn: ({ signal }) => fetchInstanceDetail(workspace, instanceId, signal),
    refetchInterval: (query) => detailRefreshMs(query.state.data?.instance.status),
  });
}
