"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchNodeCode } from "./api";
import { nodeKeys } from "./keys";

/** A node's code as deployed (changes only on deploy). */
export function useNodeCode(workspace: TWorkspaceRef, nodeId: string) {
  return useQuery({ queryKey: nodeKeys.code(workspace, nodeId), queryFn: ({ signal }) => fetchNodeCode(workspace, nodeId, signal), staleTime: 5 * 60_000 });
}
