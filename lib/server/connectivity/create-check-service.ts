import "server-only";
import type { z } from "zod";
import type { TCheckService, ZCreateCheckServiceBody } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { sealSecret } from "@/lib/server/crypto/secret-box";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { CHECK_SERVICE_PUBLIC_SELECT, toCheckServiceDto } from "./check-service-dto";

type CreateInput = { body: z.output<typeof ZCreateCheckServiceBody>; actor: TActor; requestId: string; serviceId: number; projectId: string };

export function checkServiceNameTaken(name: string): ApiError {
  return new ApiError("CONFLICT", `A check service named "${name}" already exists; pick another name.`, { issues: [{ path: "name", message: "already taken" }] });
}

/** Stores a DTS / DLI / DRS endpoint with its secret sealed (admin); audited as connectivity.check-service-create. */
export async function createCheckService({ body, actor, requestId, serviceId, projectId }: CreateInput): Promise<TCheckService> {
  const { accessKeySecret, ...publicFields } = body;
  const { value } = await runAudited({ actor, action: "connectivity.check-service-create", targetType: "check-service", targetIds: [], requestId, serviceId, projectId }, async () => {
    const db = await getConsoleDb();
    if (await db.checkService.findUnique({ where: { name: body.name }, select: { id: true } })) throw checkServiceNameTaken(body.name);
    const row = await db.checkService.create({ data: { ...publicFields, accessKeySecretCiphertext: sealSecret(accessKeySecret) }, select: CHECK_SERVICE_PUBLIC_SELECT });
    return { value: toCheckServiceDto(row), details: { id: row.id, ...publicFields } };
  });
  return value;
}
