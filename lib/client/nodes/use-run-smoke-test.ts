"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import { dagKeys } from "@/lib/client/dags/keys";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TSmokeTestBody, TSmokeTestResult } from "@/lib/contracts/nodes";
import { postSmokeTest } from "./api";
import { NODE_TOASTS } from "./node-messages";

/** Runs one node once for a business date (smoke test); answers its DAG, refreshes the DAG lists. Never retried. */
export function useRunSmokeTest(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TSmokeTestResult, Error, TSmokeTestBody>({
    mutationFn: (body) => postSmokeTest(workspace, body),
    onSuccess: () => toast.show({ tone: "ok", title: NODE_TOASTS.smokeTest }),
    onError: (error) => toast.show({ tone: "danger", title: NODE_TOASTS.failed(NODE_TOASTS.smokeTestLabel), description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dagKeys.lists(workspace) }),
  });
}
