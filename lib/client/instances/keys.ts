import type { TActionPreviewBody } from "@/lib/contracts/instances";
import type { TInstanceListRequest } from "./api";
import type { TWorkspaceRef } from "./workspace-ref";

/** Query keys of the instances area, narrowest last, so a mutation can invalidate just what it changed. */
export const instanceKeys = {
  all: ["instances"] as const,
  workspace: (workspace: TWorkspaceRef) => [...instanceKeys.all, workspace.serviceId, workspace.projectId] as const,
  lists: (workspace: TWorkspaceRef) => [...instanceKeys.workspace(workspace), "list"] as const,
  list: (workspace: TWorkspaceRef, query: TInstanceListRequest) => [...instanceKeys.lists(workspace), query] as const,
  previews: (workspace: TWorkspaceRef) => [...instanceKeys.workspace(workspace), "preview"] as const,
  preview: (workspace: TWorkspaceRef, body: TActionPreviewBody) => [...instanceKeys.previews(workspace), body] as const,
  /** The detail pages' keys start here (lib/client/instance-detail), so actions refresh them too. */
  detail: (workspace: TWorkspaceRef, instanceId: string) => [...instanceKeys.workspace(workspace), "detail", instanceId] as const,
};
