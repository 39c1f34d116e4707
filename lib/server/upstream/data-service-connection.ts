import "server-only";
import { openSecret } from "@/lib/server/crypto/secret-box";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import type { DataWorksConnection } from "./dataworks-client";

/** The one place a data service's AccessKey secret is opened (see the DataService model). */
export async function getDataServiceConnectionOrThrow(serviceId: number): Promise<DataWorksConnection & { serviceId: number; name: string }> {
  const db = await getConsoleDb();
  const service = await db.dataService.findUnique({ where: { id: serviceId } });
  if (!service) throw new ApiError("NOT_FOUND", `Data service ${serviceId} does not exist. Pick another in the header, or add it in Settings → Data services.`);
  let accessKeySecret: string;
  try {
    accessKeySecret = openSecret(service.accessKeySecretCiphertext);
  } catch (error) {
    console.error(`[console] data service ${serviceId}: ${error instanceof Error ? error.message : String(error)}`);
    throw new ApiError("UPSTREAM_ERROR", `The AccessKey secret of data service "${service.name}" cannot be opened (the console's secret key changed?). An admin can enter it again in Settings → Data services.`);
  }
  return { serviceId: service.id, name: service.name, endpoint: service.endpoint, regionId: service.region, accessKeyId: service.accessKeyId, accessKeySecret };
}
