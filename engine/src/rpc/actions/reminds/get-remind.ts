import { z } from "zod";
import { findRemind } from "../../../store/queries/alerts/reminds";
import { zInt } from "../../params";
import { defineAction } from "../common/define-action";
import { remindNotFound } from "./remind-params";
import { toRemindDetailWire } from "./remind-wire";

/** GetRemind (spec §4.4). */
export const getRemindAction = defineAction({
  name: "GetRemind",
  level: 1,
  envelope: "standard",
  params: z.object({ RemindId: zInt(1, 2_147_483_647) }),
  handler: async (params, context) => {
    const rule = await findRemind(context.db, params.RemindId);
    if (!rule) throw remindNotFound(params.RemindId);
    return toRemindDetailWire(context.db, rule);
  },
});
