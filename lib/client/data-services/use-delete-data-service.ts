"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import { projectKeys } from "@/lib/client/projects/keys";
import { deleteDataService } from "./api";
import { dataServiceKeys } from "./keys";
import { DATA_SERVICE_TOASTS } from "./toasts";

export function useDeleteDataService() {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ serviceId }: { serviceId: number; name: string }) => deleteDataService(serviceId),
    onSuccess: (_data, { name }) => toast.show({ tone: "ok", title: DATA_SERVICE_TOASTS.deleted(name) }),
    onError: (error) => toast.show({ tone: "danger", title: DATA_SERVICE_TOASTS.deleteFailed, description: error.message }),
    onSettled: (_data, _error, { serviceId }) => {
      void queryClient.invalidateQueries({ queryKey: dataServiceKeys.all });
      queryClient.removeQueries({ queryKey: projectKeys.service(serviceId) });
    },
  });
}
