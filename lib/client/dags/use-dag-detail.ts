"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchDagDetail } from "./api";
import { dagKeys } from "./keys";
import { dagRefreshMs } from "./refresh";

/** A DAG with its progress; every 10 s while instances are unfinished, every minute after. */
export function useDagDetail(workspace: TWorkspaceRef, dagId: string) {
  return useQuery({
    queryKey: dagKeys.detail(workspace, dagId),
    queryFn: ({ signal }) => fetchDagDetail(workspace, dagId, signal),
    refetchInterval: (query) => {
      const data = query.state.data;
      return dagRefreshMs(data?.dag.status, data?.progress ? data.progress.total - data.progress.finished : undefined);
    },
  });
}
