import { z } from "zod";
import { zId } from "@/lib/contracts/common";

/** Response bodies of ListAlertMessages and the remind Actions (spec §3.1, §4), tolerant of extra or missing fields. */

const zTime = z.number().nullable().optional();
const zText = z.string().nullable().optional();
const zUid = z.union([z.string(), z.number(), z.bigint()]).transform(String).nullable().optional();
const zInt = z.number().int().nullable().optional();
/** A list the spec declares as an array but whose examples print comma-joined. */
const zTextList = z
  .union([z.array(z.union([z.string(), z.number(), z.bigint()]).transform(String)), z.string().transform((text) => text.split(",").map((item) => item.trim()).filter(Boolean))])
  .nullable()
  .optional();
const zIdList = z
  .union([z.array(zId), z.string().transform((text) => text.split(",").map((item) => item.trim()).filter(Boolean))])
  .nullable()
  .optional();

export const ZUpstreamAlertMessage = z.object({
  AlertId: zId,
  AlertMessageStatus: zText,
  AlertMethod: zText,
  AlertTime: zTime,
  AlertUser: zUid,
  Content: zText,
  Source: zText,
  RemindId: zId.nullable().optional(),
  RemindName: zText,
  Instances: z
    .array(z.object({ InstanceId: zId, NodeId: zId.nullable().optional(), NodeName: zText, ProjectId: zId.nullable().optional(), Status: zText }))
    .nullable()
    .optional(),
  Nodes: z.array(z.object({ NodeId: zId, NodeName: zText, Owner: zUid, ProjectId: zId.nullable().optional() })).nullable().optional(),
  SlaAlert: z
    .object({
      BaselineId: zId.nullable().optional(),
      BaselineName: zText,
      BaselineOwner: zUid,
      Bizdate: zTime,
      InGroupId: zInt,
      ProjectId: zId.nullable().optional(),
      Status: zText,
    })
    .nullable()
    .optional(),
  Topics: z
    .array(z.object({ TopicId: zId, TopicName: zText, TopicStatus: zText, TopicOwner: zUid, InstanceId: zId.nullable().optional(), NodeId: zId.nullable().optional() }))
    .nullable()
    .optional(),
  // The engine's extensions: the workspace, a title, and each channel target's delivery.
  ProjectId: zId.nullable().optional(),
  Title: zText,
  Deliveries: z
    .array(
      z.object({
        Method: zText,
        Receiver: zText,
        Target: zText,
        Status: zText,
        Attempts: zInt,
        NextAttemptTime: zTime,
        SentTime: zTime,
        LastError: zText,
      }),
    )
    .nullable()
    .optional(),
});
export type TUpstreamAlertMessage = z.output<typeof ZUpstreamAlertMessage>;

export const ZListAlertMessagesAnswer = z.object({
  Data: z.object({
    // Declared String in the spec (numbers in its example): either.
    TotalCount: z.coerce.number().int(),
    AlertMessages: z.array(ZUpstreamAlertMessage).nullable().optional(),
  }),
});

export const ZUpstreamRemindSummary = z.object({
  RemindId: zId,
  RemindName: zText,
  RemindUnit: zText,
  RemindType: zText,
  AlertUnit: zText,
  AlertTargets: zTextList,
  AlertMethods: zTextList,
  NodeIds: zIdList,
  BaselineIds: zIdList,
  ProjectIds: zIdList,
  BizProcessIds: zIdList,
  DndStart: zText,
  DndEnd: zText,
  Founder: zUid,
  Useflag: z.boolean().nullable().optional(),
  UseFlag: z.boolean().nullable().optional(),
  // The engine's extension: webhook channels by name.
  Webhooks: zTextList,
});
export type TUpstreamRemindSummary = z.output<typeof ZUpstreamRemindSummary>;

export const ZListRemindsAnswer = z.object({
  Data: z.object({
    TotalCount: z.coerce.number().int(),
    Reminds: z.array(ZUpstreamRemindSummary).nullable().optional(),
  }),
});

export const ZUpstreamRemindDetail = ZUpstreamRemindSummary.extend({
  Detail: zText,
  MaxAlertTimes: zInt,
  AlertInterval: zInt,
  Robots: z.array(z.object({ WebUrl: zText, AtAll: z.boolean().nullable().optional() })).nullable().optional(),
  Nodes: z.array(z.object({ NodeId: zId, NodeName: zText })).nullable().optional(),
  Baselines: z.array(z.object({ BaselineId: zId, BaselineName: zText })).nullable().optional(),
  Projects: z.array(z.object({ ProjectId: zId })).nullable().optional(),
  BizProcesses: z.array(z.object({ BizId: zId, BizProcessName: zText })).nullable().optional(),
});
export type TUpstreamRemindDetail = z.output<typeof ZUpstreamRemindDetail>;

export const ZGetRemindAnswer = z.object({ Data: ZUpstreamRemindDetail });

/** CreateRemind answers the new rule's id. */
export const ZCreateRemindAnswer = z.object({ Data: zId });

/** UpdateRemind / DeleteRemind answer `Data: true`. */
export const ZRemindWriteAnswer = z.object({ Data: z.unknown().optional() }).passthrough();

/** SendTestAlert (the engine's extension): the alert and its deliveries as queued. */
export const ZSendTestAlertAnswer = z.object({
  Data: z.object({
    AlertId: zId,
    AlertMessageStatus: zText,
    Deliveries: z.array(z.object({ Method: zText, Receiver: zText, Target: zText, Status: zText, LastError: zText })).nullable().optional(),
  }),
});
