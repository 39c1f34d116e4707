"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchTopic } from "./api";
import { topicKeys } from "./keys";

/** One event and the baselines it threatens; refreshed every 15 s while it is open (buffers move). */
export function useTopic(workspace: TWorkspaceRef, topicId: string) {
  return useQuery({
    queryKey: topicKeys.detail(workspace, topicId),
    queryFn: ({ signal }) => fetchTopic(workspace, topicId, signal),
    refetchInterval: (state) => (state.state.data && ["RECOVER", "IGNORE"].includes(state.state.data.topicStatus) ? 60_000 : 15_000),
  });
}
