import type { TTopicListQuery } from "@/lib/contracts/topics";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";

/** Query keys of the events area. */
export const topicKeys = {
  all: ["topics"] as const,
  workspace: (workspace: TWorkspaceRef) => [...topicKeys.all, workspace.serviceId, workspace.projectId] as const,
  lists: (workspace: TWorkspaceRef) => [...topicKeys.workspace(workspace), "list"] as const,
  list: (workspace: TWorkspaceRef, query: TTopicListQuery) => [...topicKeys.lists(workspace), query] as const,
  detail: (workspace: TWorkspaceRef, topicId: string) => [...topicKeys.workspace(workspace), "detail", topicId] as const,
};
