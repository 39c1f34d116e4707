import { z } from "zod";
import { EngineError } from "../../../model/errors";
import { listTopics } from "../../../store/queries/monitor/topics";
import { zInt, zIsoTime, zLong, zText } from "../../params";
import { MONITOR_ERROR_CODES } from "../baselines/baseline-wire";
import { defineAction } from "../common/define-action";
import { toTopicListWire, zTopicStatuses, zTopicTypes } from "./topic-wire";

/** ListTopics (spec §5.1): events discovered (AddTime) in [BeginTime, EndTime], newest first, paged. */
export const listTopicsAction = defineAction({
  name: "ListTopics",
  level: 1,
  envelope: "standard",
  params: z.object({
    BeginTime: zIsoTime,
    EndTime: zIsoTime,
    PageNumber: zInt(1, 30).default(1),
    PageSize: zInt(1, 100).default(10),
    TopicTypes: zTopicTypes.optional(),
    TopicStatuses: zTopicStatuses.optional(),
    NodeId: zLong.optional(),
    InstanceId: zLong.optional(),
    Owner: zText({ max: 64 }).optional(),
  }),
  handler: async (params, context) => {
    if (params.NodeId !== undefined && params.InstanceId !== undefined) {
      throw new EngineError(MONITOR_ERROR_CODES.parameter, "The specified parameters are invalid: NodeId and InstanceId are mutually exclusive.", 400);
    }
    if (params.EndTime.epochMs < params.BeginTime.epochMs) {
      throw new EngineError(MONITOR_ERROR_CODES.parameter, "The specified parameters are invalid: EndTime is before BeginTime.", 400);
    }
    const page = { number: params.PageNumber, size: params.PageSize };
    const { total, topics } = await listTopics(
      context.db,
      {
        addedFrom: params.BeginTime.epochMs,
        addedTo: params.EndTime.epochMs,
        types: params.TopicTypes,
        statuses: params.TopicStatuses,
        nodeId: params.NodeId,
        instanceId: params.InstanceId,
        owner: params.Owner,
      },
      page,
    );
    return { PageNumber: page.number, PageSize: page.size, TotalCount: total, Topics: topics.map(toTopicListWire) };
  },
});
