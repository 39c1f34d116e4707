"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TPairTestBody, TPairTestResult } from "@/lib/contracts/connectivity";
import { postPairTest } from "./api";
import { connectivityKeys } from "./keys";

/** Tests a sync task's source and destination side by side. */
export function usePairTest(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  return useMutation<TPairTestResult, Error, TPairTestBody>({
    mutationFn: (body) => postPairTest(workspace, body),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: connectivityKeys.dataSources(workspace) });
      await queryClient.invalidateQueries({ queryKey: connectivityKeys.histories(workspace) });
    },
  });
}
