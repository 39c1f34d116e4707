import { z } from "zod";
import { findBaselineInstancesByIds } from "../../../store/queries/monitor/baseline-instances";
import { findBaselinesByIds } from "../../../store/queries/monitor/baselines";
import { listInfluenceOfTopic } from "../../../store/queries/monitor/topics";
import { zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getTopicOrThrow } from "./topic-wire";

/** GetTopicInfluence (spec §5.3): the baseline instances the event threatens, with their buffers; not paged. */
export const getTopicInfluenceAction = defineAction({
  name: "GetTopicInfluence",
  level: 1,
  envelope: "standard",
  params: z.object({ TopicId: zLong }),
  handler: async (params, context) => {
    const topic = await getTopicOrThrow(context.db, params.TopicId);
    const records = await findBaselineInstancesByIds(context.db, await listInfluenceOfTopic(context.db, topic.id));
    const baselines = await findBaselinesByIds(context.db, [...new Set(records.map((record) => record.baselineId))]);
    const influences = records
      .sort((a, b) => (a.buffer ?? 0) - (b.buffer ?? 0) || Number(a.baselineId - b.baselineId))
      .map((record) => {
        const baseline = baselines.get(record.baselineId);
        return {
          BaselineId: record.baselineId,
          BaselineName: baseline?.name ?? "",
          Bizdate: record.bizdate,
          Buffer: record.buffer,
          InGroupId: record.inGroupId,
          Owner: baseline?.owners.join(",") ?? "",
          Priority: baseline?.priority ?? null,
          ProjectId: record.projectId,
          Status: record.status,
        };
      });
    return { TopicId: BigInt(topic.id), Influences: influences };
  },
});
