import "server-only";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { getDataServiceOrThrow } from "@/lib/server/data-services/list-data-services";
import { ApiError } from "@/lib/server/http/api-error";
import { getServiceProjectOrThrow } from "./list-service-projects";

export type TWorkspaceSummary = {
  serviceId: number;
  serviceName: string;
  projectId: string;
  projectName: string;
  projectIdentifier: string;
  timezone: string;
  timezoneSource: "upstream" | "default";
};

export type LoadWorkspaceOutcome =
  | { kind: "ok"; workspace: TWorkspaceSummary }
  | { kind: "not-found" }
  | { kind: "unavailable"; message: string };

/** The workspace a `/s/[serviceId]/p/[projectId]` URL names: malformed or unknown → not-found; upstream trouble → unavailable. */
export async function loadWorkspace(rawParams: { serviceId: string; projectId: string }): Promise<LoadWorkspaceOutcome> {
  const parsed = ZWorkspaceParams.safeParse(rawParams);
  if (!parsed.success) return { kind: "not-found" };
  const { serviceId, projectId } = parsed.data;
  try {
    const service = await getDataServiceOrThrow(serviceId);
    const project = await getServiceProjectOrThrow(serviceId, projectId);
    return {
      kind: "ok",
      workspace: {
        serviceId,
        serviceName: service.name,
        projectId,
        projectName: project.name,
        projectIdentifier: project.identifier,
        timezone: project.timezone,
        timezoneSource: project.timezoneSource,
      },
    };
  } catch (error) {
    if (error instanceof ApiError && error.code === "NOT_FOUND") return { kind: "not-found" };
    if (error instanceof ApiError) return { kind: "unavailable", message: error.message };
    throw error;
  }
}
