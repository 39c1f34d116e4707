import { z } from "zod";
import { zId, zReason } from "./common";
import { ZWorkspaceParams } from "./projects";

/**
 * Instances as the console's API shows them (list, preview, bulk actions). Upstream (PascalCase
 * DataWorks) shapes stop at lib/server/instances/instance-mapper.ts.
 */

export const INSTANCE_STATUSES = ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE", "RUNNING", "CHECKING", "CHECKING_CONDITION", "FAILURE", "SUCCESS"] as const;
export const ZInstanceStatus = z.enum(INSTANCE_STATUSES);
export type TInstanceStatus = z.infer<typeof ZInstanceStatus>;

/** Statuses of an instance that has not finished: it may still run (the list polls fast while one is shown). */
export const UNFINISHED_STATUSES: readonly TInstanceStatus[] = ["NOT_RUN", "WAIT_TIME", "WAIT_RESOURCE", "RUNNING", "CHECKING", "CHECKING_CONDITION"];

export const DAG_TYPES = ["DAILY", "MANUAL", "SMOKE_TEST", "SUPPLY_DATA", "BUSINESS_PROCESS_DAG"] as const;
export const ZDagType = z.enum(DAG_TYPES);
export type TDagType = z.infer<typeof ZDagType>;

const zDate = z.iso.date();
const zInstant = z.iso.datetime({ offset: true });

/** One instance row: what the list shows and the bulk preview reasons about. Times are ISO instants. */
export const ZInstanceSummary = z.object({
  instanceId: zId,
  nodeId: zId,
  nodeName: z.string(),
  projectId: zId.nullable(),
  dagId: zId,
  dagType: z.string(),
  status: ZInstanceStatus,
  /** DataWorks task type name: NORMAL, MANUAL, PAUSE (frozen), SKIP (dry run), … */
  taskType: z.string(),
  isSuspended: z.boolean(),
  /** The business date in the workspace's zone. */
  bizdate: zDate,
  cycTime: zInstant,
  beginWaitTimeTime: zInstant.nullable(),
  beginWaitResTime: zInstant.nullable(),
  beginRunningTime: zInstant.nullable(),
  finishTime: zInstant.nullable(),
  priority: z.number().int(),
  /** Automatic reruns left; null when the node sets none. */
  retriesLeft: z.number().int().nullable(),
  /** False when the node forbids reruns. */
  isRerunnable: z.boolean(),
  baselineId: zId.nullable(),
  createUser: z.string(),
  errorMessage: z.string(),
  /** From the node (null when the node could not be read). */
  owner: z.string().nullable(),
  programType: z.string().nullable(),
});
export type TInstanceSummary = z.infer<typeof ZInstanceSummary>;

const zStatusList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").filter((item) => item !== "") : value),
  z.array(ZInstanceStatus).max(INSTANCE_STATUSES.length),
);

const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

const zBooleanText = z.enum(["true", "false"]).transform((value) => value === "true");

const instanceFilterShape = {
  bizdate: zDate.optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  status: zStatusList.optional(),
  /** Node name contains (case-insensitive). */
  node: zOptionalText(128),
  nodeId: zId.optional(),
  owner: zOptionalText(64),
  programType: zOptionalText(64),
  dagType: ZDagType.optional(),
  dagId: zId.optional(),
  baselineId: zId.optional(),
  suspended: z.union([z.boolean(), zBooleanText]).optional(),
};

function rangeInOrder(filter: { from?: string; to?: string }, context: z.RefinementCtx) {
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    context.addIssue({ code: "custom", path: ["to"], message: "must be on or after the start date" });
  }
}

/**
 * Which instances: the filters of the list page, of "select all that match" and of a bulk action.
 * The same fields are read from URL search params (strings) and from JSON bodies.
 */
export const ZInstanceFilter = z.object(instanceFilterShape).strict().superRefine(rangeInOrder);
export type TInstanceFilter = z.output<typeof ZInstanceFilter>;
export type TInstanceFilterInput = z.input<typeof ZInstanceFilter>;

export const INSTANCE_PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_INSTANCE_PAGE_SIZE = 50;

/** GET /api/s/…/instances: the filter plus paging (an upstream cursor, or a page number where there is none). */
export const ZInstanceListQuery = z
  .object({
    ...instanceFilterShape,
    cursor: z.string().trim().min(1).max(2_000).optional(),
    page: z.coerce.number().int().min(1).max(100).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .refine((size) => (INSTANCE_PAGE_SIZES as readonly number[]).includes(size), `one of ${INSTANCE_PAGE_SIZES.join(", ")}`)
      .default(DEFAULT_INSTANCE_PAGE_SIZE),
  })
  .superRefine(rangeInOrder);
export type TInstanceListQuery = z.output<typeof ZInstanceListQuery>;
export type TInstanceListQueryInput = z.input<typeof ZInstanceListQuery>;

/** How the upstream pages: the engine's keyset cursor, or DataWorks' PageNumber. */
export const ZPagingMode = z.enum(["cursor", "page"]);

export const ZInstanceListPage = z.object({
  items: z.array(ZInstanceSummary),
  paging: ZPagingMode,
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Exact, or "at least" when isTotalCapped. */
  totalCount: z.number().int(),
  isTotalCapped: z.boolean(),
  nextCursor: z.string().nullable(),
  hasNextPage: z.boolean(),
  /** The workspace's zone, in which bizdates and the times are meant. */
  timezone: z.string(),
  /** True when the data service cannot list without a node (real DataWorks): pick a node first. */
  needsNode: z.boolean(),
});
export type TInstanceListPage = z.infer<typeof ZInstanceListPage>;

// ——— Bulk actions ———

export const INSTANCE_ACTIONS = ["rerun", "stop", "suspend", "resume", "set-success"] as const;
export const ZInstanceAction = z.enum(INSTANCE_ACTIONS);
export type TInstanceAction = z.infer<typeof ZInstanceAction>;

/** "All that match" resolves to at most this many instances (and says so when more match). */
export const MAX_BULK_INSTANCES = 1_000;

/** Either explicit IDs (the ticked rows, or one instance) or a filter ("all that match"). */
const selectionShape = {
  ids: z.array(zId).min(1).max(MAX_BULK_INSTANCES).optional(),
  filter: ZInstanceFilter.optional(),
};

function exactlyOneSelection(value: { ids?: unknown; filter?: unknown }, context: z.RefinementCtx) {
  if ((value.ids === undefined) === (value.filter === undefined)) {
    context.addIssue({ code: "custom", path: ["ids"], message: "give either ids or filter" });
  }
}

export const ZActionPreviewBody = z
  .object({ action: ZInstanceAction, ...selectionShape })
  .strict()
  .superRefine(exactlyOneSelection);
export type TActionPreviewBody = z.input<typeof ZActionPreviewBody>;

export const ACTION_VERDICTS = ["applies", "noop", "refused"] as const;
export const ZActionVerdict = z.enum(ACTION_VERDICTS);
export type TActionVerdict = z.infer<typeof ZActionVerdict>;

export const ZDownstreamCount = z.object({ downstream: z.number().int(), waitingDownstream: z.number().int(), isCapped: z.boolean() });
export type TDownstreamCount = z.infer<typeof ZDownstreamCount>;

export const ZActionPreviewItem = z.object({
  instance: ZInstanceSummary,
  verdict: ZActionVerdict,
  /** Why it will be a no-op or refused, in words. */
  explanation: z.string().nullable(),
  downstream: ZDownstreamCount.nullable(),
});
export type TActionPreviewItem = z.infer<typeof ZActionPreviewItem>;

export const ZActionPreview = z.object({
  action: ZInstanceAction,
  items: z.array(ZActionPreviewItem),
  counts: z.object({ total: z.number().int(), applies: z.number().int(), noop: z.number().int(), refused: z.number().int() }),
  /** Instances that could not be read (gone, or not in this workspace). */
  missingIds: z.array(zId),
  /** "All that match": more matched than MAX_BULK_INSTANCES; only the first ones are included. */
  isTruncated: z.boolean(),
  downstream: z.object({
    isAvailable: z.boolean(),
    /** Why not (e.g. real DataWorks has no CountInstanceDownstream). */
    unavailableReason: z.string().nullable(),
    union: ZDownstreamCount.nullable(),
  }),
  /** Whether a reason must be given to carry it out. */
  isReasonRequired: z.boolean(),
  timezone: z.string(),
});
export type TActionPreview = z.infer<typeof ZActionPreview>;

export const ZInstanceActionBody = z
  .object({
    ...selectionShape,
    reason: zReason.default(""),
    /** How many instances the operator confirmed; a different count now is a 409 (preview again). */
    expectedCount: z.number().int().min(1).max(MAX_BULK_INSTANCES),
    /** One per confirmation; a retry with the same key does not act twice. */
    requestKey: z.uuid(),
  })
  .strict()
  .superRefine(exactlyOneSelection);
export type TInstanceActionBody = z.input<typeof ZInstanceActionBody>;

export const ITEM_OUTCOMES = ["applied", "noop", "refused", "failed"] as const;
export const ZItemOutcome = z.enum(ITEM_OUTCOMES);
export type TItemOutcome = z.infer<typeof ZItemOutcome>;

export const ZInstanceActionItemResult = z.object({
  instanceId: zId,
  nodeName: z.string(),
  outcome: ZItemOutcome,
  /** For refused and failed: the console's error code and a message to show. */
  code: z.string().nullable(),
  message: z.string().nullable(),
  /** Answered from an earlier attempt with the same request key, not sent again. */
  isReplayed: z.boolean(),
});
export type TInstanceActionItemResult = z.infer<typeof ZInstanceActionItemResult>;

export const ZInstanceActionResult = z.object({
  action: ZInstanceAction,
  requestKey: z.string(),
  result: z.enum(["ok", "partial", "failed", "refused"]),
  items: z.array(ZInstanceActionItemResult),
  counts: z.object({ applied: z.number().int(), noop: z.number().int(), refused: z.number().int(), failed: z.number().int() }),
  auditId: z.number().int(),
});
export type TInstanceActionResult = z.infer<typeof ZInstanceActionResult>;

/** Route params of the bulk action route: the workspace's and the action. */
export const ZInstanceActionParams = ZWorkspaceParams.extend({ action: ZInstanceAction });
