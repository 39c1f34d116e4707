import type { TGraphDirection } from "@/lib/contracts/instance-detail";
import { instanceKeys } from "@/lib/client/instances/keys";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";

/**
 * Query keys of the instance page. They start at the instances area's detail key, so an action
 * taken through `useInstanceAction` refreshes everything the page shows about that instance.
 */
export const instanceDetailKeys = {
  all: (workspace: TWorkspaceRef, instanceId: string) => instanceKeys.detail(workspace, instanceId),
  summary: (workspace: TWorkspaceRef, instanceId: string) => [...instanceDetailKeys.all(workspace, instanceId), "summary"] as const,
  log: (workspace: TWorkspaceRef, instanceId: string) => [...instanceDetailKeys.all(workspace, instanceId), "log"] as const,
  graph: (workspace: TWorkspaceRef, instanceId: string, depth: number, direction: TGraphDirection) =>
    [...instanceDetailKeys.all(workspace, instanceId), "graph", { depth, direction }] as const,
  operations: (workspace: TWorkspaceRef, instanceId: string) => [...instanceDetailKeys.all(workspace, instanceId), "operations"] as const,
};
