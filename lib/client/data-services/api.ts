import { fetchJson } from "@/lib/client/api-client";
import {
  ZDataService,
  ZDataServiceList,
  ZDataServiceTestResult,
  type TCreateDataServiceBody,
  type TDataService,
  type TDataServiceTestResult,
  type TUpdateDataServiceBody,
} from "@/lib/contracts/data-services";
import { z } from "zod";

export async function fetchDataServices(signal?: AbortSignal): Promise<TDataService[]> {
  return (await fetchJson("/api/data-services", { schema: ZDataServiceList, signal })).items;
}

export function createDataService(body: TCreateDataServiceBody): Promise<TDataService> {
  return fetchJson("/api/data-services", { method: "POST", body, schema: ZDataService });
}

export function updateDataService(serviceId: number, body: TUpdateDataServiceBody): Promise<TDataService> {
  return fetchJson(`/api/data-services/${serviceId}`, { method: "PATCH", body, schema: ZDataService });
}

export function deleteDataService(serviceId: number): Promise<{ id: number }> {
  return fetchJson(`/api/data-services/${serviceId}`, { method: "DELETE", schema: z.object({ id: z.number() }) });
}

export function testDataService(serviceId: number): Promise<TDataServiceTestResult> {
  return fetchJson(`/api/data-services/${serviceId}/test`, { method: "POST", schema: ZDataServiceTestResult });
}
