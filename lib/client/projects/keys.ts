import { queryOptions } from "@tanstack/react-query";
import { fetchServiceProjects } from "./api";

export const projectKeys = {
  all: ["projects"] as const,
  service: (serviceId: number) => [...projectKeys.all, "service", serviceId] as const,
};

export function serviceProjectsQueryOptions(serviceId: number) {
  return queryOptions({
    queryKey: projectKeys.service(serviceId),
    queryFn: ({ signal }) => fetchServiceProjects(serviceId, signal),
    staleTime: 60_000,
  });
}
