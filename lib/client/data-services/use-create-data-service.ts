"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TCreateDataServiceBody } from "@/lib/contracts/data-services";
import { createDataService } from "./api";
import { dataServiceKeys } from "./keys";
import { DATA_SERVICE_TOASTS } from "./toasts";

export function useCreateDataService() {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (body: TCreateDataServiceBody) => createDataService(body),
    onSuccess: (service) => toast.show({ tone: "ok", title: DATA_SERVICE_TOASTS.created(service.name) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dataServiceKeys.all }),
  });
}
