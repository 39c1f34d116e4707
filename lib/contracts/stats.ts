import { z } from "zod";
import { zId } from "./common";
import { INSTANCE_STATUSES, ZInstanceStatus } from "./instances";

/** The overview page's statistics (GET /api/s/…/stats/overview), camelCase and our own. */

const zDate = z.iso.date();
const zInstant = z.iso.datetime({ offset: true });

export const ZOverviewQuery = z.object({ bizdate: zDate.optional() });
export type TOverviewQuery = z.infer<typeof ZOverviewQuery>;

/** One part of the overview: its data, or why it is missing (the other parts still show). */
function zPart<T extends z.ZodType>(data: T) {
  return z.object({ data: data.nullable(), error: z.object({ code: z.string(), message: z.string() }).nullable() });
}
export type TPart<T> = { data: T | null; error: { code: string; message: string } | null };

export const ZStatusCounts = z.object({
  total: z.number().int(),
  byStatus: z.record(ZInstanceStatus, z.number().int()),
});
export type TStatusCounts = z.infer<typeof ZStatusCounts>;

export const ZTrendPoint = z.object({ time: z.string().regex(/^\d{2}:\d{2}$/), count: z.number() });
export type TTrendPoint = z.infer<typeof ZTrendPoint>;

/** Cumulative successes by the end of each hour: the current business date, the one before, and the average of the week before. */
export const ZSuccessTrend = z.object({
  today: z.array(ZTrendPoint),
  yesterday: z.array(ZTrendPoint),
  average: z.array(ZTrendPoint),
});
export type TSuccessTrend = z.infer<typeof ZSuccessTrend>;

export const ZDailyAmount = z.object({ bizdate: zDate, count: z.number().int() });
export type TDailyAmount = z.infer<typeof ZDailyAmount>;

export const ZSlowNode = z.object({
  nodeId: zId,
  nodeName: z.string(),
  owner: z.string(),
  programType: z.string(),
  instanceId: zId,
  bizdate: zDate,
  consumedSeconds: z.number().int(),
});
export type TSlowNode = z.infer<typeof ZSlowNode>;

export const ZFailingNode = z.object({ nodeId: zId, nodeName: z.string(), owner: z.string(), programType: z.string(), failures: z.number().int() });
export type TFailingNode = z.infer<typeof ZFailingNode>;

export const ZNodeTypeCount = z.object({ programType: z.string(), count: z.number().int() });
export type TNodeTypeCount = z.infer<typeof ZNodeTypeCount>;

export const ZOverviewStats = z.object({
  /** The business date the counts and the slowest nodes are for. */
  bizdate: zDate,
  /** The business date running now in the workspace's zone (the success trend is always about it). */
  currentBizdate: zDate,
  timezone: z.string(),
  generatedAt: zInstant,
  statusCounts: zPart(ZStatusCounts),
  successTrend: zPart(ZSuccessTrend),
  /** Cycle instances per business date, the 14 ending at `bizdate`. */
  instanceAmount: zPart(z.array(ZDailyAmount)),
  slowest: zPart(z.array(ZSlowNode)),
  /** Over the last 30 business dates. */
  mostFailing: zPart(z.array(ZFailingNode)),
  nodeTypes: zPart(z.array(ZNodeTypeCount)),
});
export type TOverviewStats = z.infer<typeof ZOverviewStats>;

export const OVERVIEW_STATUS_ORDER = INSTANCE_STATUSES;
