"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import { baselineKeys } from "@/lib/client/baselines/keys";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TTopicAction, TTopicActionResult } from "@/lib/contracts/topics";
import { postTopicAction } from "./api";
import { topicKeys } from "./keys";

const DONE: Record<TTopicAction, string> = { fixing: "Event marked as being fixed", ignore: "Event ignored", handle: "Event marked as handled" };

/** Marks an event being fixed, ignored or handled with a note; refreshes the event, the lists and the baselines. */
export function useTopicAction(workspace: TWorkspaceRef, topicId: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TTopicActionResult, Error, { action: TTopicAction; note: string }>({
    mutationFn: (body) => postTopicAction(workspace, topicId, body),
    onSuccess: (result, request) => {
      queryClient.setQueryData(topicKeys.detail(workspace, topicId), result.topic);
      toast.show({ tone: "ok", title: DONE[request.action] });
    },
    onError: (error) => toast.show({ tone: "danger", title: "The event was not updated", description: error.message }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: topicKeys.workspace(workspace) });
      await queryClient.invalidateQueries({ queryKey: baselineKeys.workspace(workspace) });
    },
  });
}
