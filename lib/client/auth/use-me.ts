"use client";

import { useQuery } from "@tanstack/react-query";
import { roleAllows, type TRole } from "@/lib/contracts/auth";
import { meQueryOptions } from "./keys";

/** The signed-in user (`data`), and `can(role)` to hide actions the user may not take (the server still checks). */
export function useMe() {
  const query = useQuery(meQueryOptions());
  const can = (role: TRole) => (query.data ? roleAllows(query.data.role, role) : false);
  return { ...query, can };
}
