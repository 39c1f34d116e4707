"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { fetchRemind } from "./api";
import { alertKeys } from "./keys";

/** One rule with every setting, for the edit form (not fetched while `remindId` is null). */
export function useRemind(workspace: TWorkspaceRef, remindId: string | null) {
  return useQuery({
    queryKey: alertKeys.remind(workspace, remindId ?? ""),
    queryFn: ({ signal }) => fetchRemind(workspace, remindId ?? "", signal),
    enabled: remindId !== null,
  });
}
