import { z } from "zod";
import { zId, zReason } from "./common";
import { ZWorkspaceParams } from "./projects";

/** Nodes (DataWorks' scheduled tasks) as the console's API shows them. */

export const ZNodeParams = ZWorkspaceParams.extend({ nodeId: zId });
export type TNodeParams = z.infer<typeof ZNodeParams>;

export const CYCLE_TYPES = ["MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR"] as const;
export const ZCycleType = z.enum(CYCLE_TYPES);
export type TCycleType = z.infer<typeof ZCycleType>;

/**
 * A cron expression (`sec min hour day month weekday`, Quartz style) read into its parts, so that
 * the page can say it in words. `null` lists mean "every"; weekdays are Quartz's 1 = Sunday … 7.
 */
export const ZCronSchedule = z.discriminatedUnion("isParsed", [
  z.object({
    isParsed: z.literal(true),
    expression: z.string(),
    cycle: ZCycleType,
    second: z.number().int(),
    minutes: z.array(z.number().int()),
    hours: z.array(z.number().int()),
    daysOfMonth: z.array(z.number().int()).nullable(),
    isLastDayOfMonth: z.boolean(),
    months: z.array(z.number().int()).nullable(),
    daysOfWeek: z.array(z.number().int()).nullable(),
    /** Cycles on a day it runs (hours × minutes). */
    cyclesPerDay: z.number().int(),
  }),
  z.object({ isParsed: z.literal(false), expression: z.string(), problem: z.string() }),
]);
export type TCronSchedule = z.infer<typeof ZCronSchedule>;

/** DataWorks' scheduler types: NORMAL, MANUAL, PAUSE (frozen), SKIP (dry run). */
export const ZSchedulerType = z.string();

export const ZNodeSummary = z.object({
  nodeId: zId,
  name: z.string(),
  owner: z.string(),
  programType: z.string(),
  schedulerType: ZSchedulerType,
  isFrozen: z.boolean(),
  cronExpress: z.string(),
  schedule: ZCronSchedule,
  resourceGroup: z.string().nullable(),
  priority: z.number().int().nullable(),
  baselineId: zId.nullable(),
  description: z.string(),
});
export type TNodeSummary = z.infer<typeof ZNodeSummary>;

export const ZNodeDefinition = ZNodeSummary.extend({
  paramValues: z.string(),
  connection: z.string(),
  isRerunnable: z.boolean(),
  /** Seconds between automatic reruns. */
  rerunIntervalSeconds: z.number().int().nullable(),
});
export type TNodeDefinition = z.infer<typeof ZNodeDefinition>;

/** A parent or child: enough to link to it and say what it is. */
export const ZNodeRelative = z.object({
  nodeId: zId,
  name: z.string(),
  owner: z.string(),
  programType: z.string(),
  schedulerType: ZSchedulerType,
  cronExpress: z.string(),
});
export type TNodeRelative = z.infer<typeof ZNodeRelative>;

export const NODE_PAGE_SIZES = [25, 50, 100] as const;

/** GET /api/s/…/nodes and the /nodes page's URL. */
export const ZNodeListQuery = z.object({
  name: z.string().trim().max(128).optional().transform((value) => (value === "" ? undefined : value)),
  owner: z.string().trim().max(64).optional().transform((value) => (value === "" ? undefined : value)),
  programType: z.string().trim().max(64).optional().transform((value) => (value === "" ? undefined : value)),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((size) => (NODE_PAGE_SIZES as readonly number[]).includes(size), `one of ${NODE_PAGE_SIZES.join(", ")}`)
    .default(50),
});
export type TNodeListQuery = z.output<typeof ZNodeListQuery>;
export type TNodeListQueryInput = z.input<typeof ZNodeListQuery>;

export const ZNodeList = z.object({
  items: z.array(ZNodeSummary),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalCount: z.number().int(),
  timezone: z.string(),
});
export type TNodeList = z.infer<typeof ZNodeList>;

export const ZNodeDetail = z.object({
  node: ZNodeDefinition,
  parents: z.array(ZNodeRelative),
  children: z.array(ZNodeRelative),
  timezone: z.string(),
});
export type TNodeDetail = z.infer<typeof ZNodeDetail>;

export const ZNodeCode = z.object({ code: z.string(), programType: z.string() });
export type TNodeCode = z.infer<typeof ZNodeCode>;

/** The node and every node below it (GetNodeChildren, level by level): the backfill's "with all downstream". */
export const MAX_DOWNSTREAM_NODES = 1_000;
export const ZNodeDownstream = z.object({
  root: ZNodeRelative,
  nodes: z.array(ZNodeRelative),
  /** More than MAX_DOWNSTREAM_NODES below it: only the nearest are listed. */
  isTruncated: z.boolean(),
});
export type TNodeDownstream = z.infer<typeof ZNodeDownstream>;

const zRequiredReason = zReason.min(1, "say why (it is kept in the audit trail)");

/** POST /api/s/…/nodes/[nodeId]/run-mode: freeze (true) or unfreeze (false). */
export const ZNodeRunModeBody = z.object({ isFrozen: z.boolean(), reason: zRequiredReason }).strict();
export type TNodeRunModeBody = z.input<typeof ZNodeRunModeBody>;

/** POST /api/s/…/nodes/[nodeId]/owner. */
export const ZNodeOwnerBody = z.object({ ownerId: z.string().trim().min(1).max(64), reason: zRequiredReason }).strict();
export type TNodeOwnerBody = z.input<typeof ZNodeOwnerBody>;

export const ZNodeOperationResult = z.object({ node: ZNodeDefinition, auditId: z.number().int() });
export type TNodeOperationResult = z.infer<typeof ZNodeOperationResult>;

/** POST /api/s/…/smoke-tests: run one node once for one business date, alone. */
export const ZSmokeTestBody = z
  .object({
    nodeId: zId,
    bizdate: z.iso.date(),
    /** `k=v k2=v2`, replacing the node's parameters for this run. */
    nodeParams: z.string().trim().max(4_000).optional(),
    reason: zRequiredReason,
  })
  .strict();
export type TSmokeTestBody = z.input<typeof ZSmokeTestBody>;

export const ZSmokeTestResult = z.object({ dagId: zId, auditId: z.number().int() });
export type TSmokeTestResult = z.infer<typeof ZSmokeTestResult>;
