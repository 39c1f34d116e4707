"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TTopicListQuery } from "@/lib/contracts/topics";
import { fetchTopics } from "./api";
import { topicKeys } from "./keys";

/** Events of a date range; refreshed every 30 s (new ones appear as instances fail). */
export function useTopics(workspace: TWorkspaceRef, query: TTopicListQuery) {
  return useQuery({
    queryKey: topicKeys.list(workspace, query),
    queryFn: ({ signal }) => fetchTopics(workspace, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
