"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TGraphDirection } from "@/lib/contracts/instance-detail";
import { fetchInstanceGraph } from "./api";
import { instanceDetailKeys } from "./keys";

/** The instances around one instance, to the chosen depth; the previous graph stays while a new depth loads. */
export function useInstanceGraph(workspace: TWorkspaceRef, instanceId: string, depth: number, direction: TGraphDirection) {
  return useQuery({
    queryKey: instanceDetailKeys.graph(workspace, instanceId, depth, direction),
    queryFn: ({ signal }) => fetchInstanceGraph(workspace, instanceId, depth, direction, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}
