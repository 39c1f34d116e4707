"use client";

import { useQuery } from "@tanstack/react-query";
import { usersQueryOptions } from "./keys";

export function useUsers() {
  return useQuery(usersQueryOptions());
}
