import { z } from "zod";
import { findRemind, updateRemindRow } from "../../../store/queries/alerts/reminds";
import { zInt } from "../../params";
import { defineAction } from "../common/define-action";
import { remindNotFound, resolveRemindWrite, ZRemindFields } from "./remind-params";

/** UpdateRemind (spec §4.2): a partial update; absent parameters keep their values. */
export const updateRemindAction = defineAction({
  name: "UpdateRemind",
  level: 3,
  envelope: "standard",
  params: z.object({ RemindId: zInt(1, 2_147_483_647), ...ZRemindFields }),
  handler: async (params, context) => {
    const existing = await findRemind(context.db, params.RemindId);
    if (!existing) throw remindNotFound(params.RemindId);
    const write = await resolveRemindWrite(context.db, params, existing, existing.founder);
    await updateRemindRow(context.db.prisma, existing.id, write, context.now);
    return true;
  },
});
