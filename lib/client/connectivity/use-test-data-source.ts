"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TDataSourceTestResult } from "@/lib/contracts/connectivity";
import { postTestDataSource } from "./api";
import { connectivityKeys } from "./keys";

/** Tests one data source from one resource group; the list's "last result" and the history refresh after. */
export function useTestDataSource(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  return useMutation<TDataSourceTestResult, Error, { dataSourceId: string; resourceGroupId: string }>({
    mutationFn: ({ dataSourceId, resourceGroupId }) => postTestDataSource(workspace, dataSourceId, resourceGroupId),
    onSettled: async (_result, _error, variables) => {
      await queryClient.invalidateQueries({ queryKey: connectivityKeys.dataSources(workspace) });
      await queryClient.invalidateQueries({ queryKey: connectivityKeys.history(workspace, variables.dataSourceId) });
    },
  });
}
