"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchInstanceLogChunk } from "./api";
import { instanceDetailKeys } from "./keys";
import { appendLogChunk, type TLogState } from "./log-state";
import { logTailMs } from "./refresh";

/**
 * The instance's log with a live tail: every 2 s while the instance has not finished, each poll
 * asks only for the characters after those held and appends them (the log lives in the query
 * cache, not in component state). Stops polling once the instance has finished.
 */
export function useInstanceLog(workspace: TWorkspaceRef, instanceId: string) {
  const queryClient = useQueryClient();
  const queryKey = instanceDetailKeys.log(workspace, instanceId);
  return useQuery({
    queryKey,
    queryFn: async ({ signal }) => {
      const held = queryClient.getQueryData<TLogState>(queryKey);
      const chunk = await fetchInstanceLogChunk(workspace, instanceId, held?.length ?? 0, signal);
      return appendLogChunk(held, chunk);
    },
    refetchInterval: (query) => logTailMs(query.state.data?.status),
    // A tail is only ever extended; refetching on focus would just poll once more.
    refetchOnWindowFocus: (query) => logTailMs(query.state.data?.status) !== false,
    staleTime: 0,
  });
}
