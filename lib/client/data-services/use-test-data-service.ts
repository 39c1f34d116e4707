"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { projectKeys } from "@/lib/client/projects/keys";
import { testDataService } from "./api";
import { dataServiceKeys } from "./keys";

/** Runs a connection test; the result is shown where it was asked for, so no toast here. */
export function useTestDataService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (serviceId: number) => testDataService(serviceId),
    onSettled: (result, _error, serviceId) => {
      void queryClient.invalidateQueries({ queryKey: dataServiceKeys.all });
      if (result?.status === "ok") void queryClient.invalidateQueries({ queryKey: projectKeys.service(serviceId) });
    },
  });
}
