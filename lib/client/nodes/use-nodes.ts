"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TNodeListQuery } from "@/lib/contracts/nodes";
import { fetchNodeList } from "./api";
import { nodeKeys } from "./keys";

/** One page of the workspace's nodes; the previous page stays while the next loads. `enabled: false` to wait (e.g. an empty search). */
export function useNodes(workspace: TWorkspaceRef, query: TNodeListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: nodeKeys.list(workspace, query),
    queryFn: ({ signal }) => fetchNodeList(workspace, query, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled: options.enabled ?? true,
  });
}
