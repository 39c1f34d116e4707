"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TTestSendBody, TTestSendResult } from "@/lib/contracts/alerts";
import { postTestSend } from "./api";
import { alertKeys } from "./keys";

/** Queues one test alert; the message list refreshes and shows its delivery as the data service sends it. */
export function useTestSend(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TTestSendResult, Error, TTestSendBody>({
    mutationFn: (body) => postTestSend(workspace, body),
    onSuccess: (result) => toast.show({ tone: "ok", title: "Test alert queued", description: `${result.deliveries.length} delivery target(s); the alert messages show how it went.` }),
    onError: (error) => toast.show({ tone: "danger", title: "The test alert was not sent", description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.messages(workspace) }),
  });
}
