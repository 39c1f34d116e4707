import "server-only";
import type { z } from "zod";
import type { TDataService, ZCreateDataServiceBody } from "@/lib/contracts/data-services";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TActor } from "@/lib/server/auth/actor";
import { sealSecret } from "@/lib/server/crypto/secret-box";
import { getConsoleDb } from "@/lib/server/db";
import { DATA_SERVICE_PUBLIC_SELECT, toDataServiceDto } from "./data-service-dto";
import { isUniqueViolation, nameTakenError } from "./name-conflict";

type CreateInput = { body: z.output<typeof ZCreateDataServiceBody>; actor: TActor; requestId: string };

/** Stores a new data service with its secret sealed; audited as data-services.create. */
export async function createDataService({ body, actor, requestId }: CreateInput): Promise<TDataService> {
  const db = await getConsoleDb();
  const audit = { actor, action: "data-services.create", targetType: "data-service", requestId };
  const publicFields = { name: body.name, endpoint: body.endpoint, region: body.region, accessKeyId: body.accessKeyId };
  const existing = await db.dataService.findUnique({ where: { name: body.name }, select: { id: true } });
  if (existing) {
    await recordAudit({ ...audit, targetIds: [], result: "refused", details: { ...publicFields, why: "name taken" } });
    throw nameTakenError(body.name);
  }
  let row;
  try {
    row = await db.dataService.create({
      data: { ...publicFields, kind: "dataworks", accessKeySecretCiphertext: sealSecret(body.accessKeySecret), isEmbedded: false },
      select: DATA_SERVICE_PUBLIC_SELECT,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await recordAudit({ ...audit, targetIds: [], result: "refused", details: { ...publicFields, why: "name taken" } });
    throw nameTakenError(body.name);
  }
  await recordAudit({ ...audit, targetIds: [String(row.id)], result: "ok", details: publicFields, serviceId: row.id });
  return toDataServiceDto(row);
}
