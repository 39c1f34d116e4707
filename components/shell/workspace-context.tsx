"use client";

import { createContext, useContext, useEffect, type ReactNode } from "react";
import { formatLastWorkspace, LAST_WORKSPACE_COOKIE } from "@/lib/client/preferences/last-workspace";
import { writePreferenceCookie } from "@/lib/client/preferences/preference-cookie";

/** The open data service and project, validated by the workspace layout on the server. */
export type TWorkspace = {
  serviceId: number;
  serviceName: string;
  projectId: string;
  projectName: string;
  projectIdentifier: string;
  /** IANA zone every time on the workspace's pages is shown in. */
  timezone: string;
  timezoneSource: "upstream" | "default";
};

const WorkspaceContext = createContext<TWorkspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: TWorkspace; children: ReactNode }) {
  // Remembered so that `/` and the side navigation come back to this project.
  useEffect(() => {
    writePreferenceCookie(LAST_WORKSPACE_COOKIE, formatLastWorkspace(workspace));
  }, [workspace]);
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

/** The open workspace; throws outside `/s/[serviceId]/p/[projectId]/…` (a wiring mistake). */
export function useWorkspace(): TWorkspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspace() is only available below app/(console)/s/[serviceId]/p/[projectId]/layout.tsx");
  return workspace;
}

/** The open workspace, or null on pages outside one (audit, settings). */
export function useOptionalWorkspace(): TWorkspace | null {
  return useContext(WorkspaceContext);
}
