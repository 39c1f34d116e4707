import { z } from "zod";
import { zId } from "@/lib/contracts/common";

/** Response bodies of ListTopics, GetTopic, GetTopicInfluence (spec §5), tolerant of extra or missing fields. */

const zTime = z.number().nullable().optional();
const zText = z.string().nullable().optional();
const zUid = z.union([z.string(), z.number(), z.bigint()]).transform(String).nullable().optional();
const zInt = z.number().int().nullable().optional();

export const ZUpstreamTopic = z.object({
  TopicId: zId,
  TopicName: zText,
  TopicType: zText,
  TopicStatus: zText,
  InstanceId: zId.nullable().optional(),
  NodeId: zId.nullable().optional(),
  NodeName: zText,
  NodeOwner: zUid,
  ProjectId: zId.nullable().optional(),
  AddTime: zTime,
  HappenTime: zTime,
  FixTime: zTime,
});
export type TUpstreamTopic = z.output<typeof ZUpstreamTopic>;

export const ZListTopicsAnswer = z.object({
  Data: z.object({
    TotalCount: z.coerce.number().int(),
    PageNumber: z.coerce.number().int().optional(),
    PageSize: z.coerce.number().int().optional(),
    Topics: z.array(ZUpstreamTopic).nullable().optional(),
  }),
});

export const ZUpstreamTopicDetail = ZUpstreamTopic.extend({
  Owner: zUid,
  Assigner: zUid,
  DealUser: zUid,
  DealTime: zTime,
  AlertTime: zTime,
  NextAlertTime: zTime,
  Buffer: z.number().nullable().optional(),
  // The engine's extension: what the last handler wrote.
  DealNote: zText,
  Note: zText,
});
export type TUpstreamTopicDetail = z.output<typeof ZUpstreamTopicDetail>;

export const ZGetTopicAnswer = z.object({ Data: ZUpstreamTopicDetail });

export const ZUpstreamInfluence = z.object({
  BaselineId: zId,
  BaselineName: zText,
  Bizdate: zTime,
  InGroupId: zInt,
  Owner: zUid,
  Priority: zInt,
  ProjectId: zId.nullable().optional(),
  Status: zText,
  Buffer: z.number().nullable().optional(),
});
export type TUpstreamInfluence = z.output<typeof ZUpstreamInfluence>;

export const ZGetTopicInfluenceAnswer = z.object({
  Data: z.object({ TopicId: zId.optional(), Influences: z.array(ZUpstreamInfluence).nullable().optional() }),
});

/** The engine's event-handling extension answers `Data: true` (or the topic) in the usual envelope. */
export const ZTopicUpdateAnswer = z.object({ Data: z.unknown().optional() }).passthrough();
