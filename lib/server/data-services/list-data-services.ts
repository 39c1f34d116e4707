import "server-only";
import type { TDataService } from "@/lib/contracts/data-services";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { DATA_SERVICE_PUBLIC_SELECT, toDataServiceDto } from "./data-service-dto";

/** Every data service, the embedded engine first, then by name. */
export async function listDataServices(): Promise<TDataService[]> {
  const db = await getConsoleDb();
  const rows = await db.dataService.findMany({ select: DATA_SERVICE_PUBLIC_SELECT, orderBy: [{ isEmbedded: "desc" }, { name: "asc" }] });
  return rows.map(toDataServiceDto);
}

export async function getDataServiceOrThrow(serviceId: number): Promise<TDataService> {
  const db = await getConsoleDb();
  const row = await db.dataService.findUnique({ where: { id: serviceId }, select: DATA_SERVICE_PUBLIC_SELECT });
  if (!row) throw new ApiError("NOT_FOUND", `Data service ${serviceId} does not exist.`);
  return toDataServiceDto(row);
}
