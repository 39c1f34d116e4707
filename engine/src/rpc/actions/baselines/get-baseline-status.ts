import { z } from "zod";
import { zInt, zIsoTime, zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { loadBaselineDetail, toInstanceRefWire } from "./baseline-detail";

/** GetBaselineStatus (spec §3.6): one baseline instance, evaluated at the time of the call. */
export const getBaselineStatusAction = defineAction({
  name: "GetBaselineStatus",
  level: 1,
  envelope: "standard",
  params: z.object({ BaselineId: zLong, Bizdate: zIsoTime, InGroupId: zInt(1, 24) }),
  handler: async (params, context) => {
    const detail = await loadBaselineDetail(context.db, { baselineId: params.BaselineId, bizdate: params.Bizdate, inGroupId: params.InGroupId, now: context.now });
    const values = detail.evaluation.values;
    return {
      BaselineId: detail.baseline.id,
      BaselineName: detail.baseline.name,
      Bizdate: values.bizdate,
      Buffer: values.buffer,
      EndCast: values.endCast,
      ExpTime: values.expTime,
      FinishStatus: values.finishStatus,
      ...(values.finishStatus === "FINISH" ? { FinishTime: values.finishTime } : {}),
      InGroupId: values.inGroupId,
      Owner: detail.baseline.owners.join(","),
      Priority: detail.baseline.priority,
      ProjectId: detail.baseline.projectId,
      SlaTime: values.slaTime,
      Status: values.status,
      BlockInstance: toInstanceRefWire(detail, values.blockInstanceId),
      LastInstance: toInstanceRefWire(detail, values.lastInstanceId),
    };
  },
});
