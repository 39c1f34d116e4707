import { z } from "zod";
import { EngineError } from "../../../model/errors";
import { countReminds, insertRemind } from "../../../store/queries/alerts/reminds";
import { zText } from "../../params";
import { defineAction } from "../common/define-action";
import { REMIND_LIMITS, resolveRemindWrite, ZRemindFields } from "./remind-params";

/** CreateRemind (spec §4.3): answers the new rule's ID. `Webhooks` and `UseFlag` are extensions. */
export const createRemindAction = defineAction({
  name: "CreateRemind",
  level: 3,
  envelope: "standard",
  params: z.object({ ...ZRemindFields, Operator: zText({ max: 64 }).optional() }),
  handler: async (params, context) => {
    const write = await resolveRemindWrite(context.db, params, null, params.Operator ?? context.accessKeyId);
    if ((await countReminds(context.db, write.projectId)) >= REMIND_LIMITS.rulesPerProject) {
      throw new EngineError("Forbidden.Wkbench.RemindOverlimit", `The maximum number of reminders is exceeded (${REMIND_LIMITS.rulesPerProject} per workspace).`, 500);
    }
    return insertRemind(context.db.prisma, write, context.now);
  },
});
