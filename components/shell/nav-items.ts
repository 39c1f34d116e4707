import type { TRole } from "@/lib/contracts/auth";
import { SHELL_STRINGS } from "./shell-strings";
import { workspaceBasePath, workspaceSectionPath, type WorkspaceRef, type WorkspaceSection } from "./workspace-path";

export type NavIcon = "overview" | "instances" | "dags" | "nodes" | "baselines" | "events" | "alerts" | "connectivity" | "audit" | "dataServices" | "users";

export type NavItem = { id: string; label: string; href: string; icon: NavIcon; group: "workspace" | "console" | "settings" };

const SECTION_ICONS: Record<WorkspaceSection, NavIcon> = { overview: "overview", instances: "instances", dags: "dags", nodes: "nodes" };

/**
 * The side navigation. Workspace sections need a service and project: the open one, else the last
 * one used; with neither, they lead to `/`, which picks one.
 */
export function buildNavItems(workspace: WorkspaceRef | null, role: TRole): NavItem[] {
  const sections = (["overview", "instances", "dags", "nodes"] as const).map(
    (section): NavItem => ({
      id: section,
      label: SHELL_STRINGS.nav[section],
      href: workspace ? workspaceSectionPath(workspace, section) : "/",
      icon: SECTION_ICONS[section],
      group: "workspace",
    }),
  );
  const monitoring = (["baselines", "events", "alerts"] as const).map(
    (section): NavItem => ({ id: section, label: SHELL_STRINGS.nav[section], href: workspace ? `${workspaceBasePath(workspace)}/${section}` : "/", icon: section, group: "workspace" }),
  );
  const connectivity: NavItem = {
    id: "connectivity",
    label: SHELL_STRINGS.nav.connectivity,
    href: workspace ? `${workspaceBasePath(workspace)}/connectivity` : "/",
    icon: "connectivity",
    group: "workspace",
  };
  const settings: NavItem[] = [{ id: "data-services", label: SHELL_STRINGS.nav.dataServices, href: "/settings/data-services", icon: "dataServices", group: "settings" }];
  if (role === "admin") settings.push({ id: "users", label: SHELL_STRINGS.nav.users, href: "/settings/users", icon: "users", group: "settings" });
  return [...sections, ...monitoring, connectivity, { id: "audit", label: SHELL_STRINGS.nav.audit, href: "/audit", icon: "audit", group: "console" }, ...settings];
}

/** An item is current on its own page and on the pages below it (`/instances/123` keeps Instances lit). */
export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.href === "/") return false;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
