import "server-only";
import type { z } from "zod";
import type { TCheckService, ZUpdateCheckServiceBody } from "@/lib/contracts/connectivity";
import type { TActor } from "@/lib/server/auth/actor";
import { sealSecret } from "@/lib/server/crypto/secret-box";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { CHECK_SERVICE_PUBLIC_SELECT, toCheckServiceDto } from "./check-service-dto";
import { checkServiceNameTaken } from "./create-check-service";

type UpdateInput = { checkServiceId: number; body: z.output<typeof ZUpdateCheckServiceBody>; actor: TActor; requestId: string; serviceId: number; projectId: string };

/** Changes the given fields (an omitted secret is kept; admin); audited with the changed field names, never the secret. */
export async function updateCheckService({ checkServiceId, body, actor, requestId, serviceId, projectId }: UpdateInput): Promise<TCheckService> {
  const { value } = await runAudited(
    { actor, action: "connectivity.check-service-update", targetType: "check-service", targetIds: [String(checkServiceId)], requestId, serviceId, projectId },
    async () => {
      const db = await getConsoleDb();
      const current = await db.checkService.findUnique({ where: { id: checkServiceId }, select: CHECK_SERVICE_PUBLIC_SELECT });
      if (!current) throw new ApiError("NOT_FOUND", `Check service ${checkServiceId} does not exist.`);
      if (body.name !== undefined && body.name !== current.name && (await db.checkService.findUnique({ where: { name: body.name }, select: { id: true } }))) {
        throw checkServiceNameTaken(body.name);
      }
      if (current.kind !== "dts" && body.cloudProjectId === "") {
        throw new ApiError("VALIDATION_FAILED", "DLI and DRS need the Huawei Cloud project ID.", { issues: [{ path: "cloudProjectId", message: "enter the Huawei Cloud project ID" }] });
      }
      const { accessKeySecret, ...plain } = body;
      const row = await db.checkService.update({
        where: { id: checkServiceId },
        data: { ...plain, ...(accessKeySecret !== undefined ? { accessKeySecretCiphertext: sealSecret(accessKeySecret) } : {}) },
        select: CHECK_SERVICE_PUBLIC_SELECT,
      });
      const changedFields = [
        ...Object.entries(plain)
          .filter(([field, fieldValue]) => fieldValue !== undefined && fieldValue !== current[field as keyof typeof plain])
          .map(([field]) => field),
        ...(accessKeySecret !== undefined ? ["accessKeySecret"] : []),
      ];
      return { value: toCheckServiceDto(row), details: { changedFields } };
    },
  );
  return value;
}
