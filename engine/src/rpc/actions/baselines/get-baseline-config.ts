import { z } from "zod";
import { zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getBaselineOrThrow, toBaselineConfigWire } from "./baseline-wire";

/** GetBaselineConfig (spec §3.2). */
export const getBaselineConfigAction = defineAction({
  name: "GetBaselineConfig",
  level: 1,
  envelope: "standard",
  params: z.object({ BaselineId: zLong }),
  handler: async (params, context) => toBaselineConfigWire(await getBaselineOrThrow(context.db, params.BaselineId)),
});
