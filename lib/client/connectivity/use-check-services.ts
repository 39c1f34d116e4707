"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TCheckResult, TCheckService, TCreateCheckServiceBody, TRunCheckBody, TUpdateCheckServiceBody } from "@/lib/contracts/connectivity";
import { deleteCheckService, fetchCheckServices, patchCheckService, postCreateCheckService, postRunCheck } from "./api";
import { connectivityKeys } from "./keys";
import { CONNECTIVITY_TOASTS } from "./toasts";

/** The configured DTS / DLI / DRS services. */
export function useCheckServices(workspace: TWorkspaceRef) {
  return useQuery({ queryKey: connectivityKeys.checkServices(), queryFn: ({ signal }) => fetchCheckServices(workspace, signal), staleTime: 60_000 });
}

/** Adds (id null) or edits a check service; an empty secret on edit keeps the stored one. */
export function useSaveCheckService(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<TCheckService, Error, { checkServiceId: null; body: TCreateCheckServiceBody } | { checkServiceId: number; body: TUpdateCheckServiceBody }>({
    mutationFn: (variables) => (variables.checkServiceId === null ? postCreateCheckService(workspace, variables.body) : patchCheckService(workspace, variables.checkServiceId, variables.body)),
    onSuccess: () => toast.show({ tone: "ok", title: CONNECTIVITY_TOASTS.checkServiceSaved }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: connectivityKeys.checkServices() }),
  });
}

export function useDeleteCheckService(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation<unknown, Error, number>({
    mutationFn: (checkServiceId) => deleteCheckService(workspace, checkServiceId),
    onSuccess: () => toast.show({ tone: "ok", title: CONNECTIVITY_TOASTS.checkServiceDeleted }),
    onError: (error) => toast.show({ tone: "danger", title: CONNECTIVITY_TOASTS.checkServiceDeleteFailed, description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: connectivityKeys.checkServices() }),
  });
}

/** Runs a DTS / DLI / DRS check; the result is shown like any other test. */
export function useRunCheck(workspace: TWorkspaceRef) {
  return useMutation<TCheckResult, Error, { checkServiceId: number; body: TRunCheckBody }>({
    mutationFn: ({ checkServiceId, body }) => postRunCheck(workspace, checkServiceId, body),
  });
}
