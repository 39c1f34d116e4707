"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { ClockIcon } from "@/components/ui/icons";
import { useServiceProjects } from "@/lib/client/projects/use-service-projects";
import { SHELL_STRINGS } from "./shell-strings";
import { parseWorkspacePath } from "./workspace-path";
import { formatZoneLabel } from "./zone-label";

/** "Asia/Shanghai (UTC+8)": the zone the open project's times are shown in, or the browser's outside a project. */
export function ZoneIndicator() {
  const pathname = usePathname();
  const workspace = parseWorkspacePath(pathname);
  const projects = useServiceProjects(workspace?.serviceId ?? null);
  const project = workspace ? projects.data?.find((candidate) => candidate.projectId === workspace.projectId) : undefined;
  // The offset depends on "now" and the browser's zone: computed after mount so server and client agree.
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60 * 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!now || (workspace && !project)) return <span className="w-40" aria-hidden="true" />;
  const zone = project?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const suffix = !project ? SHELL_STRINGS.zone.browserSuffix : project.timezoneSource === "default" ? SHELL_STRINGS.zone.defaultedSuffix : null;
  const title = !project ? SHELL_STRINGS.zone.browserZoneTitle : project.timezoneSource === "default" ? SHELL_STRINGS.zone.defaultedTitle : SHELL_STRINGS.zone.projectZoneTitle;
  return (
    <span className="flex items-center gap-1 text-xs whitespace-nowrap text-fg-muted" title={title}>
      <ClockIcon size={12} />
      <span className="font-mono">{formatZoneLabel(zone, now)}</span>
      {suffix ? <span>· {suffix}</span> : null}
    </span>
  );
}
