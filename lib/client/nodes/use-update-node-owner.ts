"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TNodeOperationResult, TNodeOwnerBody } from "@/lib/contracts/nodes";
import { postNodeOwner } from "./api";
import { nodeKeys } from "./keys";
import { NODE_TOASTS } from "./node-messages";

/** Gives a node a new owner (with the reason); refreshes the node and the lists. */
export function useUpdateNodeOwner(workspace: TWorkspaceRef, nodeId: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TNodeOperationResult, Error, TNodeOwnerBody>({
    mutationFn: (body) => postNodeOwner(workspace, nodeId, body),
    onSuccess: (result) => toast.show({ tone: "ok", title: NODE_TOASTS.owner(result.node.name, result.node.owner) }),
    onError: (error) => toast.show({ tone: "danger", title: NODE_TOASTS.failed(NODE_TOASTS.ownerLabel), description: error.message }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: nodeKeys.node(workspace, nodeId) });
      await queryClient.invalidateQueries({ queryKey: nodeKeys.lists(workspace) });
    },
  });
}
