import { queryOptions } from "@tanstack/react-query";
import { fetchDataServices } from "./api";

export const dataServiceKeys = {
  all: ["data-services"] as const,
  list: () => [...dataServiceKeys.all, "list"] as const,
  detail: (serviceId: number) => [...dataServiceKeys.all, "detail", serviceId] as const,
};

export function dataServicesQueryOptions() {
  return queryOptions({ queryKey: dataServiceKeys.list(), queryFn: ({ signal }) => fetchDataServices(signal), staleTime: 60_000 });
}
