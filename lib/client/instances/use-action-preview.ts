"use client";

import { useQuery } from "@tanstack/react-query";
import type { TActionPreviewBody } from "@/lib/contracts/instances";
import { fetchActionPreview } from "./api";
import { instanceKeys } from "./keys";
import type { TWorkspaceRef } from "./workspace-ref";

/**
 * What an action would do to a selection, read fresh each time the dialog opens (never from an
 * old cache: the states it shows are what the operator confirms). `null` body: nothing to preview.
 */
export function useActionPreview(workspace: TWorkspaceRef, body: TActionPreviewBody | null) {
  return useQuery({
    queryKey: body ? instanceKeys.preview(workspace, body) : [...instanceKeys.previews(workspace), "none"],
    queryFn: ({ signal }) => fetchActionPreview(workspace, body as TActionPreviewBody, signal),
    enabled: body !== null,
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
