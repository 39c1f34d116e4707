import type { TBaselineBoardQuery } from "@/lib/contracts/baselines";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";

/** Query keys of the baselines area, narrowest last. */
export const baselineKeys = {
  all: ["baselines"] as const,
  workspace: (workspace: TWorkspaceRef) => [...baselineKeys.all, workspace.serviceId, workspace.projectId] as const,
  boards: (workspace: TWorkspaceRef) => [...baselineKeys.workspace(workspace), "board"] as const,
  board: (workspace: TWorkspaceRef, query: TBaselineBoardQuery) => [...baselineKeys.boards(workspace), query] as const,
  instances: (workspace: TWorkspaceRef) => [...baselineKeys.workspace(workspace), "instance"] as const,
  instance: (workspace: TWorkspaceRef, baselineId: string, bizdate: string, inGroupId: number) => [...baselineKeys.instances(workspace), baselineId, bizdate, inGroupId] as const,
  /** Beside `instance`, not under it: invalidating the key path must not refetch the heavier neighbourhood too. */
  neighbourhood: (workspace: TWorkspaceRef, baselineId: string, bizdate: string, inGroupId: number, hops: number) => [...baselineKeys.workspace(workspace), "neighbourhood", baselineId, bizdate, inGroupId, hops] as const,
  nodes: (workspace: TWorkspaceRef, baselineId: string) => [...baselineKeys.workspace(workspace), "nodes", baselineId] as const,
  configs: (workspace: TWorkspaceRef, search: string) => [...baselineKeys.workspace(workspace), "configs", search] as const,
};
