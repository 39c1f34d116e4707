"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TLoginBody } from "@/lib/contracts/auth";
import { login } from "./api";
import { authKeys } from "./keys";

/** Signs in; on success the cache starts clean for the new user, with `me` already known. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginBody) => login(body),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), me);
    },
  });
}
