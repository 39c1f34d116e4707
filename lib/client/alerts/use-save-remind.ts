"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TRemindBodyInput, TRemindResult } from "@/lib/contracts/alerts";
import { createRemind, updateRemind } from "./api";
import { alertKeys } from "./keys";

/** Creates a rule (remindId null) or replaces one's settings; validation errors stay on the form (the caller reads `issues`). */
export function useSaveRemind(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TRemindResult, Error, { remindId: string | null; body: TRemindBodyInput }>({
    mutationFn: ({ remindId, body }) => (remindId === null ? createRemind(workspace, body) : updateRemind(workspace, remindId, body)),
    onSuccess: (result, request) => toast.show({ tone: "ok", title: request.remindId === null ? `Rule “${result.remind.name}” created` : `Rule “${result.remind.name}” saved` }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.reminds(workspace) }),
  });
}
