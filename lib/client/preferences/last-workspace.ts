import { ZWorkspaceParams } from "@/lib/contracts/projects";

/** The data service and project last opened, so that `/` and the side navigation return there. */
export const LAST_WORKSPACE_COOKIE = "ns_workspace";

export type TLastWorkspace = { serviceId: number; projectId: string };

/** "1:10000" → { serviceId: 1, projectId: "10000" }; anything else → null. */
export function parseLastWorkspace(value: string | undefined | null): TLastWorkspace | null {
  const match = /^(\d{1,10}):(\d{1,20})$/.exec(value ?? "");
  if (!match) return null;
  const parsed = ZWorkspaceParams.safeParse({ serviceId: match[1], projectId: match[2] });
  return parsed.success ? parsed.data : null;
}

export function formatLastWorkspace(workspace: TLastWorkspace): string {
  return `${workspace.serviceId}:${workspace.projectId}`;
}
