"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TDataSourceMutationResult } from "@/lib/contracts/connectivity";
import { deleteDataSource } from "./api";
import { connectivityKeys } from "./keys";
import { CONNECTIVITY_TOASTS } from "./toasts";

export function useDeleteDataSource(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TDataSourceMutationResult, Error, { dataSourceId: string; name: string }>({
    mutationFn: ({ dataSourceId }) => deleteDataSource(workspace, dataSourceId),
    onSuccess: (_result, { name }) => toast.show({ tone: "ok", title: CONNECTIVITY_TOASTS.deleted(name) }),
    onError: (error) => toast.show({ tone: "danger", title: CONNECTIVITY_TOASTS.deleteFailed, description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: connectivityKeys.dataSources(workspace) }),
  });
}
