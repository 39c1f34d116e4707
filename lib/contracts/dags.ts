import { z } from "zod";
import { zId, zReason } from "./common";
import { ZGraphEdge, ZGraphInstance, ZGraphSource } from "./instance-detail";
import { INSTANCE_STATUSES } from "./instances";
import { ZWorkspaceParams } from "./projects";

/** DAGs (workflow runs: a day's schedule, backfills, smoke tests, manual runs) and backfills. */

export const ZDagParams = ZWorkspaceParams.extend({ dagId: zId });
export type TDagParams = z.infer<typeof ZDagParams>;

const zInstant = z.iso.datetime({ offset: true });
const zDate = z.iso.date();

export const ZDag = z.object({
  dagId: zId,
  name: z.string(),
  /** DAILY, SUPPLY_DATA (backfill), SMOKE_TEST, MANUAL, BUSINESS_PROCESS_DAG. */
  type: z.string(),
  /** CREATED, RUNNING, FAILURE, SUCCESS. */
  status: z.string(),
  bizdate: zDate,
  createTime: zInstant.nullable(),
  startTime: zInstant.nullable(),
  finishTime: zInstant.nullable(),
  createUser: z.string(),
  /** The backfill the DAG belongs to (the first DAG's ID); null outside backfills. */
  opSeq: zId.nullable(),
});
export type TDag = z.infer<typeof ZDag>;

/** The kinds of run the DAGs page lists (the daily DAG is shown apart, per business date). */
export const RUN_DAG_TYPES = ["SUPPLY_DATA", "SMOKE_TEST", "MANUAL"] as const;
export const ZRunDagType = z.enum(RUN_DAG_TYPES);
export type TRunDagType = z.infer<typeof ZRunDagType>;

/** GET /api/s/…/dags and the /dags page's URL. */
export const ZDagListQuery = z.object({
  type: z.enum([...RUN_DAG_TYPES, "ALL"]).default("ALL").catch("ALL"),
  /** The business date whose daily DAG is shown; default the current one in the workspace's zone. */
  bizdate: zDate.optional().catch(undefined),
});
export type TDagListQuery = z.output<typeof ZDagListQuery>;
export type TDagListQueryInput = z.input<typeof ZDagListQuery>;

export const ZDagList = z.object({
  /** Backfills, smoke tests and manual runs, newest first. */
  runs: z.array(ZDag),
  dailyDag: ZDag.nullable(),
  bizdate: zDate,
  /** Only the most recent runs were looked at (the list is found through their instances). */
  isScanCapped: z.boolean(),
  /** The data service cannot list instances without a node (real DataWorks): runs cannot be found this way. */
  needsNode: z.boolean(),
  timezone: z.string(),
});
export type TDagList = z.infer<typeof ZDagList>;

export const ZStatusCounts = z.object(Object.fromEntries(INSTANCE_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof INSTANCE_STATUSES)[number], z.ZodNumber>);
export type TStatusCounts = z.infer<typeof ZStatusCounts>;

export const ZDagProgress = z.object({
  counts: ZStatusCounts,
  total: z.number().int(),
  finished: z.number().int(),
  /** Finished (success or failure) out of all, 0–100. */
  percentDone: z.number(),
  suspended: z.number().int(),
  /** First start and last finish among the instances; null until one started / while any is unfinished. */
  startedAt: zInstant.nullable(),
  finishedAt: zInstant.nullable(),
  /** The DAG has more instances than were counted. */
  isCapped: z.boolean(),
});
export type TDagProgress = z.infer<typeof ZDagProgress>;

export const ZDagDetail = z.object({
  dag: ZDag,
  /** Null when the data service cannot list a DAG's instances (real DataWorks wants a node). */
  progress: ZDagProgress.nullable(),
  /** For a backfill: every DAG of it, in business-date order. */
  backfillDags: z.array(ZDag),
  timezone: z.string(),
});
export type TDagDetail = z.infer<typeof ZDagDetail>;

/** Above this many instances a DAG's graph is not drawn: the page asks to filter first. */
export const MAX_DAG_GRAPH_INSTANCES = 5_000;

export const ZDagGraph = z.object({
  instances: z.array(ZGraphInstance),
  edges: z.array(ZGraphEdge),
  /** Some dependencies may be missing (too many instances or lookups); the graph says so. */
  isPartial: z.boolean(),
  /** More than MAX_DAG_GRAPH_INSTANCES: no graph, only the count. */
  isTooLarge: z.boolean(),
  instanceCount: z.number().int(),
  source: ZGraphSource,
  timezone: z.string(),
});
export type TDagGraph = z.infer<typeof ZDagGraph>;

// ——— Backfill ———

export const MAX_BACKFILL_DAYS = 366;
export const MAX_BACKFILL_NODES = 1_000;

const zTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, "a time of day, HH:mm or HH:mm:ss");

/** Inclusive days from `start` to `end` (`YYYY-MM-DD`), 0 when end is before start. */
export function daysInRange(start: string, end: string): number {
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}

const backfillShape = {
  name: z.string().trim().min(1, "give the backfill a name").max(128),
  rootNodeId: zId,
  includeNodeIds: z.array(zId).min(1, "pick at least one node").max(MAX_BACKFILL_NODES),
  /** Run as dry runs (they succeed at once), so the nodes below them still run. */
  excludeNodeIds: z.array(zId).max(MAX_BACKFILL_NODES).default([]),
  startBizdate: zDate,
  endBizdate: zDate,
  /** Hourly and minute nodes: only the cycles inside this window (daily nodes are not affected). */
  windowStart: zTimeOfDay.optional(),
  windowEnd: zTimeOfDay.optional(),
  /** true: every date at once; false: each date waits for the previous date's DAG to succeed. */
  isParallel: z.boolean().default(false),
};

function checkBackfill(
  value: { rootNodeId: string; includeNodeIds: string[]; excludeNodeIds: string[]; startBizdate: string; endBizdate: string; windowStart?: string; windowEnd?: string },
  context: z.RefinementCtx,
) {
  if (!value.includeNodeIds.includes(value.rootNodeId)) {
    context.addIssue({ code: "custom", path: ["rootNodeId"], message: "the root node must be one of the nodes to include" });
  }
  if (value.excludeNodeIds.includes(value.rootNodeId)) {
    context.addIssue({ code: "custom", path: ["excludeNodeIds"], message: "the root node cannot be excluded" });
  }
  if (new Set([...value.includeNodeIds, ...value.excludeNodeIds]).size > MAX_BACKFILL_NODES) {
    context.addIssue({ code: "custom", path: ["includeNodeIds"], message: `at most ${MAX_BACKFILL_NODES} nodes, included and excluded together` });
  }
  if (value.endBizdate < value.startBizdate) {
    context.addIssue({ code: "custom", path: ["endBizdate"], message: "must be on or after the start date" });
  } else if (daysInRange(value.startBizdate, value.endBizdate) > MAX_BACKFILL_DAYS) {
    context.addIssue({ code: "custom", path: ["endBizdate"], message: `at most ${MAX_BACKFILL_DAYS} days, both ends included` });
  }
  const normal = (time: string | undefined) => (time === undefined ? undefined : time.length === 5 ? `${time}:00` : time);
  const windowStart = normal(value.windowStart);
  const windowEnd = normal(value.windowEnd);
  if (windowStart !== undefined && windowEnd !== undefined && windowEnd < windowStart) {
    context.addIssue({ code: "custom", path: ["windowEnd"], message: "must not be before the window's start" });
  }
}

/** POST /api/s/…/backfills/preview: what a backfill would create. */
export const ZBackfillPreviewBody = z.object(backfillShape).strict().superRefine(checkBackfill);
export type TBackfillPreviewBody = z.input<typeof ZBackfillPreviewBody>;

/** POST /api/s/…/backfills (operator; audited). */
export const ZBackfillBody = z
  .object({ ...backfillShape, reason: zReason.min(1, "say why (it is kept in the audit trail)") })
  .strict()
  .superRefine(checkBackfill);
export type TBackfillBody = z.input<typeof ZBackfillBody>;
export type TBackfillRequest = z.output<typeof ZBackfillBody>;

export const ZBackfillPreviewNode = z.object({
  nodeId: zId,
  name: z.string(),
  cronExpress: z.string(),
  /** Instances per business date (hourly and minute nodes: cycles inside the window). */
  instancesPerDay: z.number().int(),
  isExcluded: z.boolean(),
});

export const ZBackfillPreview = z.object({
  dagCount: z.number().int(),
  /** Instances in all, dry runs of excluded nodes included. An estimate: weekly and monthly nodes count every day. */
  instanceCount: z.number().int(),
  nodes: z.array(ZBackfillPreviewNode),
  /** Node IDs the data service does not know. */
  missingNodeIds: z.array(zId),
  timezone: z.string(),
});
export type TBackfillPreview = z.infer<typeof ZBackfillPreview>;

export const ZBackfillResult = z.object({
  /** One DAG per business date, in date order. */
  dagIds: z.array(zId),
  auditId: z.number().int(),
});
export type TBackfillResult = z.infer<typeof ZBackfillResult>;

