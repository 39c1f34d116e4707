import type { TAlertListQuery, TRemindListQuery } from "@/lib/contracts/alerts";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";

/** Query keys of the alerts area (messages and rules). */
export const alertKeys = {
  all: ["alerts"] as const,
  workspace: (workspace: TWorkspaceRef) => [...alertKeys.all, workspace.serviceId, workspace.projectId] as const,
  messages: (workspace: TWorkspaceRef) => [...alertKeys.workspace(workspace), "messages"] as const,
  messageList: (workspace: TWorkspaceRef, query: TAlertListQuery) => [...alertKeys.messages(workspace), query] as const,
  reminds: (workspace: TWorkspaceRef) => [...alertKeys.workspace(workspace), "reminds"] as const,
  remindList: (workspace: TWorkspaceRef, query: TRemindListQuery) => [...alertKeys.reminds(workspace), "list", query] as const,
  remind: (workspace: TWorkspaceRef, remindId: string) => [...alertKeys.reminds(workspace), "detail", remindId] as const,
};
