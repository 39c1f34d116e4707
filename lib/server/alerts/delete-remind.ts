import "server-only";
import type { TRemindDeleteResult } from "@/lib/contracts/alerts";
import type { TActor } from "@/lib/server/auth/actor";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { readRemind } from "./get-remind";
import { ZRemindWriteAnswer } from "./upstream-schemas";

/** Deletes a custom rule (DeleteRemind); the audit record keeps what it was. A rule already gone is a 404. */
export async function deleteRemind(input: { serviceId: number; projectId: string; remindId: string; actor: TActor; requestId: string }): Promise<TRemindDeleteResult> {
  const client = await getDataWorksClient(input.serviceId);
  const { auditId } = await runAudited(
    { actor: input.actor, action: "reminds.delete", targetType: "remind", targetIds: [input.remindId], reason: "", requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const before = await readRemind(client, input.remindId);
      await withMonitorErrors("rule", () => client.call("DeleteRemind", { RemindId: input.remindId }, ZRemindWriteAnswer));
      return { value: null, details: { before } };
    },
  );
  return { remindId: input.remindId, auditId };
}
