"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { baselineKeys } from "./keys";

/**
 * Refreshes the workspace's baseline queries as soon as an instance action (rerun, set-success…,
 * taken through the instances area's dialog) succeeds, so a page showing a prediction shows the
 * new one at once instead of at its next poll.
 */
export function useRefreshAfterInstanceActions(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== "updated" || event.action.type !== "success") return;
        const data = event.mutation.state.data as { action?: unknown; items?: unknown } | undefined;
        if (data && typeof data === "object" && "action" in data && Array.isArray(data.items)) {
          void queryClient.invalidateQueries({ queryKey: baselineKeys.workspace(workspace) });
        }
      }),
    [queryClient, workspace],
  );
}
