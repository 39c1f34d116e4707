"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import { revokeUserSessions } from "./api";
import { userKeys } from "./keys";
import { USER_TOASTS } from "./toasts";

export function useRevokeUserSessions() {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ userId }: { userId: number; username: string }) => revokeUserSessions(userId),
    onSuccess: ({ revokedCount }, { username }) => toast.show({ tone: "ok", title: USER_TOASTS.revoked(username, revokedCount) }),
    onError: (error) => toast.show({ tone: "danger", title: USER_TOASTS.failed, description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
