import "server-only";
import type { z } from "zod";
import type { TDataService, ZUpdateDataServiceBody } from "@/lib/contracts/data-services";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TActor } from "@/lib/server/auth/actor";
import { sealSecret } from "@/lib/server/crypto/secret-box";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { invalidateServiceProjects } from "@/lib/server/projects/list-service-projects";
import { invalidateDataWorksClient } from "@/lib/server/upstream/dataworks";
import { DATA_SERVICE_PUBLIC_SELECT, toDataServiceDto } from "./data-service-dto";
import { isUniqueViolation, nameTakenError } from "./name-conflict";

type UpdateInput = { serviceId: number; body: z.output<typeof ZUpdateDataServiceBody>; actor: TActor; requestId: string };

/** The embedded engine's connection comes from ENGINE_URL and its key file, re-read at every start. */
const EMBEDDED_MANAGED_FIELDS = ["endpoint", "accessKeyId", "accessKeySecret"] as const;

/** Changes the given fields (an omitted secret is kept); audited as data-services.update with the changed field names. */
export async function updateDataService({ serviceId, body, actor, requestId }: UpdateInput): Promise<TDataService> {
  const db = await getConsoleDb();
  const current = await db.dataService.findUnique({ where: { id: serviceId }, select: DATA_SERVICE_PUBLIC_SELECT });
  if (!current) throw new ApiError("NOT_FOUND", `Data service ${serviceId} does not exist.`);
  const audit = { actor, action: "data-services.update", targetType: "data-service", targetIds: [String(serviceId)], requestId, serviceId };

  const managed = current.isEmbedded ? EMBEDDED_MANAGED_FIELDS.filter((field) => body[field] !== undefined) : [];
  if (managed.length > 0) {
    await recordAudit({ ...audit, result: "refused", details: { fields: managed, why: "embedded engine" } });
    throw new ApiError("CONFLICT", "The embedded engine's endpoint and AccessKey come from ENGINE_URL and its key file; change those and restart instead.", {
      issues: managed.map((field) => ({ path: field, message: "managed by the embedded engine's configuration" })),
    });
  }
  if (body.name !== undefined && body.name !== current.name) {
    const clash = await db.dataService.findUnique({ where: { name: body.name }, select: { id: true } });
    if (clash) {
      await recordAudit({ ...audit, result: "refused", details: { name: body.name, why: "name taken" } });
      throw nameTakenError(body.name);
    }
  }

  const { accessKeySecret, ...plain } = body;
  const data = { ...plain, ...(accessKeySecret !== undefined ? { accessKeySecretCiphertext: sealSecret(accessKeySecret) } : {}) };
  const changedFields = [
    ...Object.entries(plain)
      .filter(([field, value]) => value !== undefined && value !== current[field as keyof typeof plain])
      .map(([field]) => field),
    ...(accessKeySecret !== undefined ? ["accessKeySecret"] : []),
  ];
  let row;
  try {
    row = await db.dataService.update({ where: { id: serviceId }, data, select: DATA_SERVICE_PUBLIC_SELECT });
  } catch (error) {
    if (!isUniqueViolation(error) || body.name === undefined) throw error;
    await recordAudit({ ...audit, result: "refused", details: { name: body.name, why: "name taken" } });
    throw nameTakenError(body.name);
  }
  invalidateDataWorksClient(serviceId);
  invalidateServiceProjects(serviceId);
  const before = Object.fromEntries(changedFields.filter((field) => field !== "accessKeySecret").map((field) => [field, current[field as keyof typeof current]]));
  const after = Object.fromEntries(changedFields.filter((field) => field !== "accessKeySecret").map((field) => [field, row[field as keyof typeof row]]));
  await recordAudit({ ...audit, result: "ok", details: { changedFields, before, after } });
  return toDataServiceDto(row);
}
