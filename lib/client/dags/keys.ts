import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import type { TBackfillPreviewBody, TDagListQuery } from "@/lib/contracts/dags";

/** Query keys of the DAGs area, narrowest last. */
export const dagKeys = {
  all: ["dags"] as const,
  workspace: (workspace: TWorkspaceRef) => [...dagKeys.all, workspace.serviceId, workspace.projectId] as const,
  lists: (workspace: TWorkspaceRef) => [...dagKeys.workspace(workspace), "list"] as const,
  list: (workspace: TWorkspaceRef, query: TDagListQuery) => [...dagKeys.lists(workspace), query] as const,
  dag: (workspace: TWorkspaceRef, dagId: string) => [...dagKeys.workspace(workspace), "dag", dagId] as const,
  detail: (workspace: TWorkspaceRef, dagId: string) => [...dagKeys.dag(workspace, dagId), "detail"] as const,
  graph: (workspace: TWorkspaceRef, dagId: string) => [...dagKeys.dag(workspace, dagId), "graph"] as const,
  backfillPreview: (workspace: TWorkspaceRef, body: TBackfillPreviewBody) => [...dagKeys.workspace(workspace), "backfill-preview", body] as const,
};
