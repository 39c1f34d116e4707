"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TUpdateDataServiceBody } from "@/lib/contracts/data-services";
import { projectKeys } from "@/lib/client/projects/keys";
import { updateDataService } from "./api";
import { dataServiceKeys } from "./keys";
import { DATA_SERVICE_TOASTS } from "./toasts";

export function useUpdateDataService() {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ serviceId, body }: { serviceId: number; body: TUpdateDataServiceBody }) => updateDataService(serviceId, body),
    onSuccess: (service) => toast.show({ tone: "ok", title: DATA_SERVICE_TOASTS.updated(service.name) }),
    onSettled: (_data, _error, { serviceId }) => {
      void queryClient.invalidateQueries({ queryKey: dataServiceKeys.all });
      void queryClient.invalidateQueries({ queryKey: projectKeys.service(serviceId) });
    },
  });
}
