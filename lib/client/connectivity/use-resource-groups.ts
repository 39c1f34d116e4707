"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchResourceGroups } from "./api";
import { connectivityKeys } from "./keys";

/** Where tests can run from, the default group first. */
export function useResourceGroups(workspace: TWorkspaceRef) {
  return useQuery({ queryKey: connectivityKeys.resourceGroups(workspace), queryFn: ({ signal }) => fetchResourceGroups(workspace, signal), staleTime: 5 * 60_000 });
}
