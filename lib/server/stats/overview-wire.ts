import { z } from "zod";
import { zId } from "@/lib/contracts/common";

/** Response bodies of the statistics Actions (spec §4.15–§4.20), as the overview reads them. */

const zCount = z.number().int();

export const ZStatusStatisticAnswer = z.object({
  StatusCount: z.object({
    TotalCount: zCount,
    FailureCount: zCount.optional(),
    WaitTimeCount: zCount.optional(),
    RunningCount: zCount.optional(),
    SuccessCount: zCount.optional(),
    NotRunCount: zCount.optional(),
    WaitResCount: zCount.optional(),
    CheckingCount: zCount.optional(),
    CheckingConditionCount: zCount.optional(),
  }),
});
export type TStatusStatisticAnswer = z.output<typeof ZStatusStatisticAnswer>;

const zTrend = z.array(z.object({ TimePoint: z.string(), Count: z.number() })).nullable().optional();

export const ZSuccessAmountAnswer = z.object({
  InstanceStatusTrend: z.object({ TodayTrend: zTrend, YesterdayTrend: zTrend, AvgTrend: zTrend }),
});
export type TSuccessAmountAnswer = z.output<typeof ZSuccessAmountAnswer>;

export const ZInstanceAmountAnswer = z.object({ InstanceCounts: z.array(z.object({ Count: zCount, Date: z.number().int() })).nullable().optional() });
export type TInstanceAmountAnswer = z.output<typeof ZInstanceAmountAnswer>;

export const ZElapsedRankAnswer = z.object({
  InstanceConsumeTimeRank: z.object({
    UpdateTime: z.number().int().optional(),
    ConsumeTimeRank: z
      .array(
        z.object({
          NodeId: zId,
          NodeName: z.string().nullable().optional(),
          Owner: z.string().nullable().optional(),
          ProgramType: z.number().int().nullable().optional(),
          InstanceId: zId,
          BusinessDate: z.number().int(),
          Consumed: z.number(),
        }),
      )
      .nullable()
      .optional(),
  }),
});
export type TElapsedRankAnswer = z.output<typeof ZElapsedRankAnswer>;

export const ZErrorRankAnswer = z.object({
  InstanceErrorRank: z.object({
    UpdateTime: z.number().int().optional(),
    ErrorRank: z
      .array(
        z.object({
          NodeId: zId,
          NodeName: z.string().nullable().optional(),
          Owner: z.string().nullable().optional(),
          ProgramType: z.number().int().nullable().optional(),
          Count: zCount,
        }),
      )
      .nullable()
      .optional(),
  }),
});
export type TErrorRankAnswer = z.output<typeof ZErrorRankAnswer>;

export const ZFileTypeAnswer = z.object({
  ProgramTypeAndCounts: z.array(z.object({ ProgramType: z.union([z.string(), z.number()]), Count: zCount })).nullable().optional(),
});
export type TFileTypeAnswer = z.output<typeof ZFileTypeAnswer>;
