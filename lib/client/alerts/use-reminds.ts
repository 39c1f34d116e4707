"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TRemindListQuery } from "@/lib/contracts/alerts";
import { fetchReminds } from "./api";
import { alertKeys } from "./keys";

/** The custom alert rules, one page. */
export function useReminds(workspace: TWorkspaceRef, query: TRemindListQuery) {
  return useQuery({ queryKey: alertKeys.remindList(workspace, query), queryFn: ({ signal }) => fetchReminds(workspace, query, signal), placeholderData: keepPreviousData });
}
