"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TBackfillBody, TBackfillResult } from "@/lib/contracts/dags";
import { postBackfill } from "./api";
import { dagKeys } from "./keys";

const TOASTS = {
  done: (count: number) => `Backfill started: ${count} ${count === 1 ? "DAG" : "DAGs"}`,
  failed: "The backfill was not started",
} as const;

/** Starts a backfill; answers its DAG IDs and refreshes the DAG lists. Never retried (a retry would start a second backfill). */
export function useRunBackfill(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TBackfillResult, Error, TBackfillBody>({
    mutationFn: (body) => postBackfill(workspace, body),
    onSuccess: (result) => toast.show({ tone: "ok", title: TOASTS.done(result.dagIds.length) }),
    onError: (error) => toast.show({ tone: "danger", title: TOASTS.failed, description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dagKeys.lists(workspace) }),
  });
}
