import { z } from "zod";
import { deleteRemindRow } from "../../../store/queries/alerts/reminds";
import { zInt } from "../../params";
import { defineAction } from "../common/define-action";
import { remindNotFound } from "./remind-params";

/** DeleteRemind (spec §4.1). Alert messages the rule raised stay in the history. */
export const deleteRemindAction = defineAction({
  name: "DeleteRemind",
  level: 2,
  envelope: "standard",
  params: z.object({ RemindId: zInt(1, 2_147_483_647) }),
  handler: async (params, context) => {
    if (!(await deleteRemindRow(context.db.prisma, params.RemindId))) throw remindNotFound(params.RemindId);
    return true;
  },
});
