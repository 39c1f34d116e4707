"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import { authKeys } from "@/lib/client/auth/keys";
import type { TUpdateUserInput } from "@/lib/contracts/users";
import { updateUser } from "./api";
import { userKeys } from "./keys";
import { USER_TOASTS } from "./toasts";

export function useUpdateUser() {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: number; body: TUpdateUserInput }) => updateUser(userId, body),
    onSuccess: ({ user }) => toast.show({ tone: "ok", title: USER_TOASTS.updated(user.username) }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      // An admin may have changed their own name or role.
      void queryClient.invalidateQueries({ queryKey: authKeys.me() });
    },
  });
}
