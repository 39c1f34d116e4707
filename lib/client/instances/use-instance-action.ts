"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TInstanceAction, TInstanceActionResult, TInstanceFilter } from "@/lib/contracts/instances";
import { ACTION_LABELS, ACTION_TOASTS } from "./action-messages";
import { postInstanceAction } from "./api";
import { instanceKeys } from "./keys";
import type { TWorkspaceRef } from "./workspace-ref";

export type TInstanceActionRequest = {
  action: TInstanceAction;
  /** The ticked instances, or one instance (detail page). */
  ids?: string[];
  /** "All that match". */
  filter?: TInstanceFilter;
  reason: string;
  /** What the operator confirmed in the preview. */
  expectedCount: number;
  /** One per confirmation (crypto.randomUUID()); send the same again to retry without acting twice. */
  requestKey: string;
};

/**
 * Carries out rerun / stop / suspend / resume / set-success on one or many instances and answers
 * the per-instance results. Refreshes the workspace's lists and the detail of every instance named;
 * toasts a short summary. Used by the bulk dialog and the instance detail page.
 */
export function useInstanceAction(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TInstanceActionResult, Error, TInstanceActionRequest>({
    mutationFn: ({ action, ids, filter, reason, expectedCount, requestKey }) =>
      postInstanceAction(workspace, action, { ...(ids ? { ids } : { filter }), reason, expectedCount, requestKey }),
    onSuccess: (result) => {
      const label = ACTION_LABELS[result.action];
      const { applied, noop, refused, failed } = result.counts;
      if (refused + failed === 0) toast.show({ tone: "ok", title: ACTION_TOASTS.done(label, applied, noop) });
      else toast.show({ tone: "warn", title: ACTION_TOASTS.partial(label, refused, failed) });
    },
    onError: (error, request) => {
      toast.show({ tone: "danger", title: ACTION_TOASTS.error(ACTION_LABELS[request.action]), description: error.message });
    },
    onSettled: async (result) => {
      await queryClient.invalidateQueries({ queryKey: instanceKeys.lists(workspace) });
      for (const item of result?.items ?? []) {
        await queryClient.invalidateQueries({ queryKey: instanceKeys.detail(workspace, item.instanceId) });
      }
    },
  });
}
