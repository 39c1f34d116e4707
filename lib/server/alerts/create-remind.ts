import "server-only";
import type { TRemindBody, TRemindResult } from "@/lib/contracts/alerts";
import type { TActor } from "@/lib/server/auth/actor";
import { withMonitorErrors } from "@/lib/server/baselines/monitor-errors";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { readRemind } from "./get-remind";
import { REMIND_ERROR_FIELDS, toRemindParams } from "./remind-mapper";
import { ZCreateRemindAnswer, ZRemindWriteAnswer } from "./upstream-schemas";

/** Creates a custom rule (CreateRemind; disabled afterwards with UpdateRemind if asked), audited with what it became. */
export async function createRemind(input: { serviceId: number; projectId: string; body: TRemindBody; actor: TActor; requestId: string }): Promise<TRemindResult> {
  const client = await getDataWorksClient(input.serviceId);
  const { value, auditId } = await runAudited(
    { actor: input.actor, action: "reminds.create", targetType: "remind", targetIds: [], reason: "", requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const created = await withMonitorErrors("rule", () => client.call("CreateRemind", toRemindParams(input.body, input.projectId, { isUpdate: false }), ZCreateRemindAnswer), REMIND_ERROR_FIELDS);
      // CreateRemind has no UseFlag: a rule created disabled is switched off right after.
      if (!input.body.isEnabled) {
        await withMonitorErrors("rule", () => client.call("UpdateRemind", { RemindId: created.Data, UseFlag: false }, ZRemindWriteAnswer));
      }
      const remind = await readRemind(client, created.Data);
      return { value: remind, details: { remindId: remind.remindId, after: input.body } };
    },
  );
  return { remind: value, auditId };
}
