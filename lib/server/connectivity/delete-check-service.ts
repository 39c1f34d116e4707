import "server-only";
import type { TActor } from "@/lib/server/auth/actor";
import { getConsoleDb } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http/api-error";
import { runAudited } from "@/lib/server/nodes/run-audited";

type DeleteInput = { checkServiceId: number; actor: TActor; requestId: string; serviceId: number; projectId: string };

/** Forgets a check service and its sealed secret (admin); audited as connectivity.check-service-delete. */
export async function deleteCheckService({ checkServiceId, actor, requestId, serviceId, projectId }: DeleteInput): Promise<{ id: number; auditId: number }> {
  const { auditId } = await runAudited(
    { actor, action: "connectivity.check-service-delete", targetType: "check-service", targetIds: [String(checkServiceId)], requestId, serviceId, projectId },
    async () => {
      const db = await getConsoleDb();
      const current = await db.checkService.findUnique({ where: { id: checkServiceId }, select: { name: true, kind: true } });
      if (!current) throw new ApiError("NOT_FOUND", `Check service ${checkServiceId} does not exist.`);
      await db.checkService.delete({ where: { id: checkServiceId } });
      return { value: true, details: current };
    },
  );
  return { id: checkServiceId, auditId };
}
