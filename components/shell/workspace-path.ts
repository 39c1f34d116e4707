/**
 * Workspace-scoped URLs: `/s/<serviceId>/p/<projectId>/<section>/…`. Pure, so that the picker's
 * rewriting and the navigation's links are tested without a browser.
 */

export type WorkspaceRef = { serviceId: number; projectId: string };

export const WORKSPACE_SECTIONS = ["overview", "instances", "dags", "nodes"] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

const WORKSPACE_PATH = /^\/s\/([^/]+)\/p\/([^/]+)(\/.*)?$/;

export function workspaceBasePath({ serviceId, projectId }: WorkspaceRef): string {
  return `/s/${serviceId}/p/${encodeURIComponent(projectId)}`;
}

export function workspaceSectionPath(workspace: WorkspaceRef, section: WorkspaceSection): string {
  return `${workspaceBasePath(workspace)}/${section}`;
}

/** The service and project a path names, or null outside a workspace (or with malformed segments). */
export function parseWorkspacePath(pathname: string): WorkspaceRef | null {
  const match = WORKSPACE_PATH.exec(pathname);
  if (!match) return null;
  const [, service, project] = match;
  if (!service || !project || !/^\d{1,10}$/.test(service) || !/^\d{1,20}$/.test(project)) return null;
  return { serviceId: Number(service), projectId: project };
}

/**
 * Where the picker goes when another service or project is chosen: the same section, filters kept
 * (`/instances?status=FAILURE` stays a failure list). A detail page (`/instances/<id>`, `/dags/<id>`)
 * names an object of the old project, so it becomes its section's list, without the old filters.
 * Outside a workspace, the new project's overview.
 */
export function rewriteWorkspacePath(pathname: string, search: string, target: WorkspaceRef): string {
  const match = WORKSPACE_PATH.exec(pathname);
  if (!match || !parseWorkspacePath(pathname)) return workspaceSectionPath(target, "overview");
  const rest = match[3] ?? "";
  const segments = rest.split("/").filter(Boolean);
  const base = workspaceBasePath(target);
  if (segments.length === 0) return `${base}/overview`;
  if (segments.length > 1) return `${base}/${segments[0]}`;
  const query = search && search !== "?" ? (search.startsWith("?") ? search : `?${search}`) : "";
  return `${base}/${segments[0]}${query}`;
}
