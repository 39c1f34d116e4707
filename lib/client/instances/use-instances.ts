"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchInstanceList, warmInstanceListParser, type TInstanceListRequest } from "./api";
import { instanceKeys } from "./keys";
import { instanceListRefreshMs } from "./refresh-interval";
import type { TWorkspaceRef } from "./workspace-ref";

/**
 * One page of a workspace's instances. Keeps the previous page on screen while the next loads,
 * and refreshes every 5 s while something shown is waiting or running, else every minute
 * (react-query pauses the interval in hidden tabs).
 */
export function useInstances(workspace: TWorkspaceRef, query: TInstanceListRequest) {
  const list = useQuery({
    queryKey: instanceKeys.list(workspace, query),
    queryFn: ({ signal }) => fetchInstanceList(workspace, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => instanceListRefreshMs(current.state.data?.items),
  });
  const page = list.data;
  useEffect(() => {
    if (page) warmInstanceListParser(page);
  }, [page]);
  return list;
}
