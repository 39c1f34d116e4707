"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { keyPathNeighbourhoodQuery, type TNeighbourhoodKey } from "./use-key-path-neighbourhood";

/**
 * Starts reading the neighbourhood as soon as the page opens, beside the baseline instance itself,
 * instead of once the graph tab has the key path: the graph shows up one round trip sooner.
 */
export function usePrefetchKeyPathNeighbourhood(workspace: TWorkspaceRef, key: TNeighbourhoodKey) {
  const queryClient = useQueryClient();
  const { baselineId, bizdate, inGroupId, hops } = key;
  useEffect(() => {
    void queryClient.prefetchQuery(keyPathNeighbourhoodQuery(workspace, { baselineId, bizdate, inGroupId, hops }));
  }, [queryClient, workspace, baselineId, bizdate, inGroupId, hops]);
}
