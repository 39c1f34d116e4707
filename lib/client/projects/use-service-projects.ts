"use client";

import { useQuery } from "@tanstack/react-query";
import { serviceProjectsQueryOptions } from "./keys";

/** The projects of one data service (null: none chosen yet). */
export function useServiceProjects(serviceId: number | null) {
  return useQuery({ ...serviceProjectsQueryOptions(serviceId ?? 0), enabled: serviceId !== null });
}
