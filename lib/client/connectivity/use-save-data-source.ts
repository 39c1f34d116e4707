"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TCreateDataSourceBody, TDataSourceMutationResult, TUpdateDataSourceBody } from "@/lib/contracts/connectivity";
import { postCreateDataSource, putDataSource } from "./api";
import { connectivityKeys } from "./keys";
import { CONNECTIVITY_TOASTS } from "./toasts";

type SaveVariables = { dataSourceId: null; body: TCreateDataSourceBody } | { dataSourceId: string; body: TUpdateDataSourceBody };

/** Creates (dataSourceId null) or replaces a data source's connection; field errors are the form's to show. */
export function useSaveDataSource(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TDataSourceMutationResult, Error, SaveVariables>({
    mutationFn: (variables) => (variables.dataSourceId === null ? postCreateDataSource(workspace, variables.body) : putDataSource(workspace, variables.dataSourceId, variables.body)),
    onSuccess: (_result, variables) => toast.show({ tone: "ok", title: variables.dataSourceId === null ? CONNECTIVITY_TOASTS.created : CONNECTIVITY_TOASTS.saved }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: connectivityKeys.dataSources(workspace) }),
  });
}
