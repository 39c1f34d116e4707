"use client";

import { usePathname, useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { serviceProjectsQueryOptions } from "@/lib/client/projects/keys";
import { useServiceProjects } from "@/lib/client/projects/use-service-projects";
import { useDataServices } from "@/lib/client/data-services/use-data-services";
import type { TDataService } from "@/lib/contracts/data-services";
import { useQueryClient } from "@tanstack/react-query";
import { SHELL_STRINGS } from "./shell-strings";
import { parseWorkspacePath, rewriteWorkspacePath, type WorkspaceRef } from "./workspace-path";

/**
 * Two native selects, data service then project. Choosing rewrites the `/s/…/p/…` segments of the
 * current URL (section and filters kept); choosing a service opens its first project.
 */
export function WorkspacePicker({ initialServices, fallback }: { initialServices: TDataService[]; fallback: WorkspaceRef | null }) {
  const pathname = usePathname();
  const router = useRouter();
  const queryClient = useQueryClient();
  const serviceSelectId = useId();
  const projectSelectId = useId();
  const current = parseWorkspacePath(pathname) ?? fallback;
  const [switchingServiceId, setSwitchingServiceId] = useState<number | null>(null);
  const services = useDataServices({ initialData: initialServices });
  const serviceId = switchingServiceId ?? current?.serviceId ?? services.data?.[0]?.id ?? null;
  const projects = useServiceProjects(serviceId);

  function go(target: WorkspaceRef) {
    const search = typeof window === "undefined" ? "" : window.location.search;
    router.push(rewriteWorkspacePath(pathname, search, target));
  }

  async function chooseService(nextServiceId: number) {
    setSwitchingServiceId(nextServiceId);
    try {
      const list = await queryClient.fetchQuery(serviceProjectsQueryOptions(nextServiceId));
      const first = list[0];
      if (first) go({ serviceId: nextServiceId, projectId: first.projectId });
      else router.push("/settings/data-services");
    } catch {
      // The project select shows the failure; stay on the chosen service so the user sees why.
      return;
    } finally {
      setSwitchingServiceId(null);
    }
  }

  const isCurrentService = current !== null && current.serviceId === serviceId;
  return (
    <div className="flex min-w-0 items-center gap-1.5">
      <label htmlFor={serviceSelectId} className="sr-only">
        {SHELL_STRINGS.picker.service}
      </label>
      <Select
        id={serviceSelectId}
        value={serviceId === null ? "" : String(serviceId)}
        onChange={(event) => void chooseService(Number(event.target.value))}
        className="h-7 w-40 text-xs"
        title={SHELL_STRINGS.picker.service}
      >
        {(services.data ?? []).map((service) => (
          <option key={service.id} value={service.id}>
            {service.name}
          </option>
        ))}
      </Select>
      <span aria-hidden="true" className="text-fg-muted">/</span>
      <label htmlFor={projectSelectId} className="sr-only">
        {SHELL_STRINGS.picker.project}
      </label>
      <Select
        id={projectSelectId}
        value={isCurrentService && current ? current.projectId : ""}
        disabled={!projects.data || projects.data.length === 0}
        onChange={(event) => serviceId !== null && go({ serviceId, projectId: event.target.value })}
        className="h-7 w-64 text-xs"
        title={SHELL_STRINGS.picker.project}
      >
        {!isCurrentService || !current ? <option value="">{SHELL_STRINGS.picker.chooseProject}</option> : null}
        {projects.isPending ? <option value="">{SHELL_STRINGS.picker.loadingProjects}</option> : null}
        {projects.isError ? <option value="">{SHELL_STRINGS.picker.projectsFailed}</option> : null}
        {projects.data?.length === 0 ? <option value="">{SHELL_STRINGS.picker.noProjects}</option> : null}
        {(projects.data ?? []).map((project) => (
          <option key={project.projectId} value={project.projectId}>
            {project.name} ({project.identifier})
          </option>
        ))}
      </Select>
      {switchingServiceId !== null ? <Spinner size={14} label={SHELL_STRINGS.picker.loadingProjects} /> : null}
    </div>
  );
}
