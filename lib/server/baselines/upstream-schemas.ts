import { z } from "zod";
import { zId } from "@/lib/contracts/common";

/**
 * Response bodies of the baseline Actions (spec §3.2–3.7), tolerant of what real DataWorks adds or
 * leaves out: unknown fields are dropped, optional ones default in the mapper, times of 0 mean "none".
 */

const zEpochMs = z.number();
const zTime = zEpochMs.nullable().optional();
const zText = z.string().nullable().optional();
/** UIDs are strings in the spec, but some examples print them as bare numbers. */
const zUid = z.union([z.string(), z.number(), z.bigint()]).transform(String).nullable().optional();
const zInt = z.number().int().nullable().optional();

export const ZUpstreamBaselineStatus = z.object({
  BaselineId: zId,
  BaselineName: zText,
  ProjectId: zId.nullable().optional(),
  Bizdate: zEpochMs,
  InGroupId: zInt,
  Owner: zUid,
  Priority: zInt,
  Status: z.string(),
  FinishStatus: zText,
  SlaTime: zTime,
  ExpTime: zTime,
  EndCast: zTime,
  FinishTime: zTime,
  Buffer: z.number().nullable().optional(),
});
export type TUpstreamBaselineStatus = z.output<typeof ZUpstreamBaselineStatus>;

export const ZListBaselineStatusesAnswer = z.object({
  Data: z.object({
    TotalCount: z.coerce.number().int(),
    PageNumber: z.coerce.number().int().optional(),
    PageSize: z.coerce.number().int().optional(),
    BaselineStatuses: z.array(ZUpstreamBaselineStatus).nullable().optional(),
  }),
});

export const ZUpstreamInstanceRef = z.object({
  InstanceId: zId,
  NodeId: zId,
  NodeName: zText,
  Owner: zUid,
  ProjectId: zId.nullable().optional(),
  Status: zText,
  EndCast: zTime,
  FinishTime: zTime,
});
export type TUpstreamInstanceRef = z.output<typeof ZUpstreamInstanceRef>;

export const ZGetBaselineStatusAnswer = z.object({
  Data: ZUpstreamBaselineStatus.extend({
    BlockInstance: ZUpstreamInstanceRef.nullable().optional(),
    LastInstance: ZUpstreamInstanceRef.nullable().optional(),
  }),
});
export type TUpstreamBaselineStatusDetail = z.output<typeof ZGetBaselineStatusAnswer>["Data"];

export const ZUpstreamKeyPathRun = z.object({
  InstanceId: zId.nullable().optional(),
  Status: zText,
  CycTime: zTime,
  BeginWaitTimeTime: zTime,
  BeginWaitResTime: zTime,
  BeginRunningTime: zTime,
  FinishTime: zTime,
  BeginCast: zTime,
  EndCast: zTime,
  AbsTime: zTime,
});
export type TUpstreamKeyPathRun = z.output<typeof ZUpstreamKeyPathRun>;

export const ZUpstreamKeyPathEntry = z.object({
  InstanceId: zId,
  NodeId: zId,
  NodeName: zText,
  Owner: zUid,
  PrgType: zInt,
  InGroupId: zInt,
  Bizdate: zTime,
  Runs: z.array(ZUpstreamKeyPathRun).nullable().optional(),
  Topics: z
    .array(
      z.object({
        TopicId: zId,
        // Declared Long in the source, a name elsewhere: take either.
        TopicName: z.union([z.string(), z.number(), z.bigint()]).transform(String).nullable().optional(),
        AddTime: zTime,
      }),
    )
    .nullable()
    .optional(),
});
export type TUpstreamKeyPathEntry = z.output<typeof ZUpstreamKeyPathEntry>;

export const ZGetBaselineKeyPathAnswer = z.object({ Data: z.array(ZUpstreamKeyPathEntry).nullable().optional() });

export const ZUpstreamBaselineConfig = z.object({
  BaselineId: zId,
  BaselineName: zText,
  BaselineType: zText,
  ProjectId: zId.nullable().optional(),
  Owner: zUid,
  Priority: zInt,
  UseFlag: z.boolean().nullable().optional(),
  SlaHour: zInt,
  SlaMinu: zInt,
  ExpHour: zInt,
  ExpMinu: zInt,
});
export type TUpstreamBaselineConfig = z.output<typeof ZUpstreamBaselineConfig>;

export const ZListBaselineConfigsAnswer = z.object({
  Data: z.object({
    TotalCount: z.coerce.number().int(),
    Baselines: z.array(ZUpstreamBaselineConfig).nullable().optional(),
  }),
});

export const ZListNodesByBaselineAnswer = z.object({
  Data: z.array(z.object({ NodeId: zId, NodeName: zText, Owner: zUid, ProjectId: zId.nullable().optional() })).nullable().optional(),
});
