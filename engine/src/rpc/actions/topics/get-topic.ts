import { z } from "zod";
import { findBaselineById } from "../../../store/queries/monitor/baselines";
import { zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getTopicOrThrow, toTopicDetailWire } from "./topic-wire";

/** GetTopic (spec §5.2), with the worst threatened baseline instance at the last evaluation. */
export const getTopicAction = defineAction({
  name: "GetTopic",
  level: 1,
  envelope: "standard",
  params: z.object({ TopicId: zLong }),
  handler: async (params, context) => {
    const topic = await getTopicOrThrow(context.db, params.TopicId);
    const baseline = topic.baselineId === null ? null : await findBaselineById(context.db, topic.baselineId);
    return toTopicDetailWire(topic, baseline?.name ?? null);
  },
});
