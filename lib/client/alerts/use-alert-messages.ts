"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TAlertListQuery } from "@/lib/contracts/alerts";
import { fetchAlertMessages } from "./api";
import { alertKeys } from "./keys";

/** Alert messages of a range; refreshed every 15 s while any shown is still waiting to be sent, else every minute. */
export function useAlertMessages(workspace: TWorkspaceRef, query: TAlertListQuery) {
  return useQuery({
    queryKey: alertKeys.messageList(workspace, query),
    queryFn: ({ signal }) => fetchAlertMessages(workspace, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (state) => (state.state.data?.items.some((item) => item.sendStatus === "READY_TO_SEND") ? 15_000 : 60_000),
  });
}
