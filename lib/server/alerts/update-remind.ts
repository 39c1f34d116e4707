import "server-only";
import type { TRemindBody, TRemindResult } from "@/lib/contracts/alerts";
import type { TActor } from "@/lib/server/auth/actor";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { readRemind } from "./get-remind";
import { REMIND_ERROR_FIELDS, toRemindParams } from "./remind-mapper";
import { ZRemindWriteAnswer } from "./upstream-schemas";

/** Replaces a custom rule's settings with the form's (UpdateRemind), audited with the rule before and after. */
export async function updateRemind(input: { serviceId: number; projectId: string; remindId: string; body: TRemindBody; actor: TActor; requestId: string }): Promise<TRemindResult> {
  const client = await getDataWorksClient(input.serviceId);
  const { value, auditId } = await runAudited(
    { actor: input.actor, action: "reminds.update", targetType: "remind", targetIds: [input.remindId], reason: "", requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const before = await readRemind(client, input.remindId);
      await withMonitorErrors("rule", () => client.call("UpdateRemind", { RemindId: input.remindId, ...toRemindParams(input.body, input.projectId, { isUpdate: true, hadWebhooks: before.webhooks.length > 0 }) }, ZRemindWriteAnswer), REMIND_ERROR_FIELDS);
      const after = await readRemind(client, input.remindId);
      return { value: after, details: { before, after } };
    },
  );
  return { remind: value, auditId };
}
