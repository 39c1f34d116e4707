import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";

export const statsKeys = {
  all: ["stats"] as const,
  workspace: (workspace: TWorkspaceRef) => [...statsKeys.all, workspace.serviceId, workspace.projectId] as const,
  overview: (workspace: TWorkspaceRef, bizdate: string | undefined) => [...statsKeys.workspace(workspace), "overview", bizdate ?? "current"] as const,
};
