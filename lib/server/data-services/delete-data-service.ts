import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TActor } from "@/lib/server/auth/actor";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { invalidateServiceProjects } from "@/lib/server/projects/list-service-projects";
import { invalidateDataWorksClient } from "@/lib/server/upstream/dataworks";

/** Removes a data service (never the embedded engine's); audited as data-services.delete. */
export async function deleteDataService({ serviceId, actor, requestId }: { serviceId: number; actor: TActor; requestId: string }): Promise<{ id: number }> {
  const db = await getConsoleDb();
  const current = await db.dataService.findUnique({ where: { id: serviceId }, select: { id: true, name: true, endpoint: true, isEmbedded: true } });
  if (!current) throw new ApiError("NOT_FOUND", `Data service ${serviceId} does not exist.`);
  const audit = { actor, action: "data-services.delete", targetType: "data-service", targetIds: [String(serviceId)], requestId, serviceId };
  if (current.isEmbedded) {
    await recordAudit({ ...audit, result: "refused", details: { name: current.name, why: "embedded engine" } });
    throw new ApiError("CONFLICT", "The embedded engine's data service cannot be deleted; it is registered again at every start.");
  }
  await db.dataService.delete({ where: { id: serviceId } });
  invalidateDataWorksClient(serviceId);
  invalidateServiceProjects(serviceId);
  await recordAudit({ ...audit, result: "ok", details: { name: current.name, endpoint: current.endpoint } });
  return { id: serviceId };
}
