"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TNodeOperationResult, TNodeRunModeBody } from "@/lib/contracts/nodes";
import { postNodeRunMode } from "./api";
import { nodeKeys } from "./keys";
import { NODE_TOASTS } from "./node-messages";

/** Freezes or unfreezes a node (with the reason); refreshes the node and the lists. */
export function useUpdateNodeRunMode(workspace: TWorkspaceRef, nodeId: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TNodeOperationResult, Error, TNodeRunModeBody>({
    mutationFn: (body) => postNodeRunMode(workspace, nodeId, body),
    onSuccess: (result) => toast.show({ tone: "ok", title: result.node.isFrozen ? NODE_TOASTS.frozen(result.node.name) : NODE_TOASTS.unfrozen(result.node.name) }),
    onError: (error, body) => toast.show({ tone: "danger", title: NODE_TOASTS.failed(body.isFrozen ? NODE_TOASTS.freezeLabel : NODE_TOASTS.unfreezeLabel), description: error.message }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: nodeKeys.node(workspace, nodeId) });
      await queryClient.invalidateQueries({ queryKey: nodeKeys.lists(workspace) });
    },
  });
}
