"use client";

import { useQuery } from "@tanstack/react-query";
import type { TDataService } from "@/lib/contracts/data-services";
import { dataServicesQueryOptions } from "./keys";

/** Every data service; `initialData` lets a server-rendered list show without a loading flash. */
export function useDataServices(options: { initialData?: TDataService[] } = {}) {
  return useQuery({ ...dataServicesQueryOptions(), initialData: options.initialData });
}
