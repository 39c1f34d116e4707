"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchNodeDetail } from "./api";
import { nodeKeys } from "./keys";

/** A node's definition with its parents and children. */
export function useNodeDetail(workspace: TWorkspaceRef, nodeId: string) {
  return useQuery({ queryKey: nodeKeys.detail(workspace, nodeId), queryFn: ({ signal }) => fetchNodeDetail(workspace, nodeId, signal), staleTime: 30_000 });
}
