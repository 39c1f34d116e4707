"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TBaselineBoardQuery } from "@/lib/contracts/baselines";
import { fetchBaselineBoard } from "./api";
import { baselineKeys } from "./keys";
import { baselineRefreshMs } from "./refresh";

/** The baselines board of a business date, most urgent first; live while any instance is unfinished. */
export function useBaselineBoard(workspace: TWorkspaceRef, query: TBaselineBoardQuery) {
  return useQuery({
    queryKey: baselineKeys.board(workspace, query),
    queryFn: ({ signal }) => fetchBaselineBoard(workspace, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (state) => baselineRefreshMs(state.state.data?.items),
  });
}
