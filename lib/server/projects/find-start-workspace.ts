import "server-only";
import type { TDataService } from "@/lib/contracts/data-services";
import { listDataServices } from "@/lib/server/data-services/list-data-services";
import { ApiError } from "@/lib/server/http/api-error";
import { listServiceProjects } from "./list-service-projects";

export type StartWorkspace =
  | { kind: "workspace"; serviceId: number; projectId: string }
  | { kind: "no-services" }
  /** Every data service answered, none has a project. */
  | { kind: "no-projects"; services: TDataService[] }
  /** No data service with a project answered; each problem names its service. */
  | { kind: "unavailable"; problems: { service: TDataService; message: string }[] };

/**
 * Where `/` sends a signed-in user: the project they used last (if it still exists), else the first
 * project of the first data service that answers.
 */
export async function findStartWorkspace(last: { serviceId: number; projectId: string } | null): Promise<StartWorkspace> {
  const services = await listDataServices();
  if (services.length === 0) return { kind: "no-services" };
  const ordered = last ? [...services.filter((service) => service.id === last.serviceId), ...services.filter((service) => service.id !== last.serviceId)] : services;
  const problems: { service: TDataService; message: string }[] = [];
  for (const service of ordered) {
    try {
      const projects = await listServiceProjects(service.id);
      const remembered = last?.serviceId === service.id ? projects.find((project) => project.projectId === last.projectId) : undefined;
      const project = remembered ?? projects[0];
      if (project) return { kind: "workspace", serviceId: service.id, projectId: project.projectId };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      problems.push({ service, message: error.message });
    }
  }
  return problems.length > 0 ? { kind: "unavailable", problems } : { kind: "no-projects", services };
}
