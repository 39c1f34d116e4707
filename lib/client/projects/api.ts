import { fetchJson } from "@/lib/client/api-client";
import { ZProjectList, type TProject } from "@/lib/contracts/projects";

export async function fetchServiceProjects(serviceId: number, signal?: AbortSignal): Promise<TProject[]> {
  return (await fetchJson(`/api/data-services/${serviceId}/projects`, { schema: ZProjectList, signal })).items;
}
