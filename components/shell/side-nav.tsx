"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentType } from "react";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import { AlertTriangleIcon, BellIcon, BoxesIcon, GraphIcon, HomeIcon, ListIcon, PlugIcon, ScrollTextIcon, ServerIcon, TargetIcon, UserIcon, type IconProps } from "@/components/ui/icons";
import type { TRole } from "@/lib/contracts/auth";
import { buildNavItems, isNavItemActive, type NavIcon, type NavItem } from "./nav-items";
import { SHELL_STRINGS } from "./shell-strings";
import { parseWorkspacePath, type WorkspaceRef } from "./workspace-path";

const ICONS: Record<NavIcon, ComponentType<IconProps>> = {
  overview: HomeIcon,
  instances: ListIcon,
  dags: GraphIcon,
  nodes: BoxesIcon,
  baselines: TargetIcon,
  events: AlertTriangleIcon,
  alerts: BellIcon,
  connectivity: PlugIcon,
  audit: ScrollTextIcon,
  dataServices: ServerIcon,
  users: UserIcon,
};

export function SideNav({ role, fallback }: { role: TRole; fallback: WorkspaceRef | null }) {
  const pathname = usePathname();
  const items = buildNavItems(parseWorkspacePath(pathname) ?? fallback, role);
  const groups: { id: NavItem["group"]; heading: string | null }[] = [
    { id: "workspace", heading: null },
    { id: "console", heading: null },
    { id: "settings", heading: SHELL_STRINGS.nav.settings },
  ];
  return (
    <nav aria-label={SHELL_STRINGS.mainNavigation} className="flex flex-col gap-4 px-2 py-3">
      {groups.map((group) => (
        <div key={group.id} className="flex flex-col gap-0.5">
          {group.heading ? <p className="px-2 pb-1 text-[11px] font-semibold tracking-wide text-fg-muted uppercase">{group.heading}</p> : null}
          {items
            .filter((item) => item.group === group.id)
            .map((item) => {
              const Icon = ICONS[item.icon];
              const isActive = isNavItemActive(item, pathname);
              return (
                <Link
                  key={item.id}
                  href={item.href}
                  // Every page is rendered on demand with live data: prefetching all of them on every page load
                  // would render eleven pages on the server (and call the data service) for one click.
                  prefetch={false}
                  aria-current={isActive ? "page" : undefined}
                  className={cn(
                    "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-fg-muted hover:bg-surface-muted hover:text-fg",
                    isActive && "bg-accent-soft font-medium text-fg",
                  )}
                >
                  <Icon size={15} className={isActive ? "text-accent" : undefined} />
                  {item.label}
                  <NavigationPending />
                </Link>
              );
            })}
        </div>
      ))}
    </nav>
  );
}

/** A page that is rendered on the server with its data takes a moment to arrive: the clicked link says it is on its way. */
function NavigationPending() {
  const { pending } = useLinkStatus();
  return pending ? <Spinner size={12} className="ml-auto text-fg-muted" label={SHELL_STRINGS.nav.opening} /> : null;
}
