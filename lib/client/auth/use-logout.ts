"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { logout } from "./api";

/** Signs out, forgets every cached answer (the next user must not see them), and goes to /login. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout(),
    onSettled: () => {
      queryClient.clear();
      window.location.assign("/login?reason=signed-out");
    },
  });
}
