"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TTestSendBody, TTestSendResult } from "@/lib/contracts/alerts";
import { postTestSend } from "./api";
import { alertKeys } from "./keys";

/** Sends one test alert and says whether it was delivered; the message list refreshes (the test shows there too). */
export function useTestSend(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TTestSendResult, Error, TTestSendBody>({
    mutationFn: (body) => postTestSend(workspace, body),
    onSuccess: (result) =>
      toast.show(
        result.isDelivered
          ? { tone: "ok", title: "Test alert delivered" }
          : { tone: "warn", title: "Test alert not delivered", description: result.deliveries.map((item) => `${item.channel} → ${item.receiver}: ${item.message}`).join("; ") },
      ),
    onError: (error) => toast.show({ tone: "danger", title: "The test alert was not sent", description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.messages(workspace) }),
  });
}
