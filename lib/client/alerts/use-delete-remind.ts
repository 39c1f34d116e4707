"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TRemindDeleteResult } from "@/lib/contracts/alerts";
import { deleteRemind } from "./api";
import { alertKeys } from "./keys";

/** Deletes a rule and refreshes the rule list. */
export function useDeleteRemind(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TRemindDeleteResult, Error, { remindId: string; name: string }>({
    mutationFn: ({ remindId }) => deleteRemind(workspace, remindId),
    onSuccess: (_result, request) => toast.show({ tone: "ok", title: `Rule “${request.name}” deleted` }),
    onError: (error) => toast.show({ tone: "danger", title: "The rule was not deleted", description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.reminds(workspace) }),
  });
}
