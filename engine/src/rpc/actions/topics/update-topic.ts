import { z } from "zod";
import { updateTopicStatus } from "../../../store/queries/monitor/topics";
import { zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { getTopicOrThrow, toTopicDetailWire } from "./topic-wire";

/**
 * UpdateTopic (Nightshift extension, docs/engine-api.md): handles an event — FIXING (being handled),
 * IGNORE, RECOVER (handled), or NEW again — with a note, recording the operator (`Operator`, else the
 * caller's AccessKey ID) and the time. Idempotent: asking for the current status changes nothing.
 */
export const updateTopicAction = defineAction({
  name: "UpdateTopic",
  level: 2,
  envelope: "standard",
  params: z.object({
    TopicId: zLong,
    TopicStatus: z.enum(["NEW", "FIXING", "IGNORE", "RECOVER"], { error: "expected NEW, FIXING, IGNORE or RECOVER" }),
    Note: zText({ min: 0, max: 500 }).default(""),
    Operator: zText({ max: 64 }).optional(),
  }),
  handler: async (params, context) => {
    const topic = await getTopicOrThrow(context.db, params.TopicId);
    const result = await updateTopicStatus(context.db, {
      topicId: topic.id,
      status: params.TopicStatus,
      operator: params.Operator ?? context.accessKeyId,
      note: params.Note,
      at: context.now,
    });
    const updated = result?.topic ?? topic;
    return { ...toTopicDetailWire(updated, null), Changed: result?.changed ?? false };
  },
});
