import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";

/** Query keys of the connectivity area, narrowest last. */
export const connectivityKeys = {
  all: ["connectivity"] as const,
  workspace: (workspace: TWorkspaceRef) => [...connectivityKeys.all, workspace.serviceId, workspace.projectId] as const,
  dataSources: (workspace: TWorkspaceRef) => [...connectivityKeys.workspace(workspace), "data-sources"] as const,
  resourceGroups: (workspace: TWorkspaceRef) => [...connectivityKeys.workspace(workspace), "resource-groups"] as const,
  histories: (workspace: TWorkspaceRef) => [...connectivityKeys.workspace(workspace), "history"] as const,
  history: (workspace: TWorkspaceRef, dataSourceId: string) => [...connectivityKeys.histories(workspace), dataSourceId] as const,
  checkServices: () => [...connectivityKeys.all, "check-services"] as const,
};
