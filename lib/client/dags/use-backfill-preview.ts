"use client";

import { useQuery } from "@tanstack/react-query";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TBackfillPreviewBody } from "@/lib/contracts/dags";
import { fetchBackfillPreview } from "./api";
import { dagKeys } from "./keys";

/** What a backfill would create; `null`: the form is not valid yet, nothing to ask. */
export function useBackfillPreview(workspace: TWorkspaceRef, body: TBackfillPreviewBody | null) {
  return useQuery({
    queryKey: body ? dagKeys.backfillPreview(workspace, body) : [...dagKeys.workspace(workspace), "backfill-preview", "none"],
    queryFn: ({ signal }) => fetchBackfillPreview(workspace, body as TBackfillPreviewBody, signal),
    enabled: body !== null,
    staleTime: 30_000,
    retry: false,
  });
}
