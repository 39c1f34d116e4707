"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/ui/toast";
import type { TCreateUserInput } from "@/lib/contracts/users";
import { createUser } from "./api";
import { userKeys } from "./keys";
import { USER_TOASTS } from "./toasts";

export function useCreateUser() {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (body: TCreateUserInput) => createUser(body),
    onSuccess: ({ user }) => toast.show({ tone: "ok", title: USER_TOASTS.created(user.username) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
