import { z } from "zod";
import { ZBaselineStatus } from "./baselines";
import { zId } from "./common";
import { ZWorkspaceParams } from "./projects";

/** Events (DataWorks "topics"): an instance that failed or runs much slower than usual. */

export const TOPIC_STATUSES = ["NEW", "FIXING", "RECOVER", "IGNORE"] as const;
export const ZTopicStatus = z.enum(TOPIC_STATUSES);
export type TTopicStatus = z.infer<typeof ZTopicStatus>;

export const TOPIC_TYPES = ["ERROR", "SLOW"] as const;
export const ZTopicType = z.enum(TOPIC_TYPES);
export type TTopicType = z.infer<typeof ZTopicType>;

const zDate = z.iso.date();
const zInstant = z.iso.datetime({ offset: true });

function zEnumList<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((item) => item.trim().toUpperCase()).filter((item) => item !== "") : value),
    z.array(z.enum(values), { error: `one or more of ${values.join(", ")}` }).max(values.length),
  );
}

export const ZTopicParams = ZWorkspaceParams.extend({ topicId: zId });
export type TTopicParams = z.infer<typeof ZTopicParams>;

/** Longest range the list reads at once (DataWorks keeps about 30 days). */
export const MAX_TOPIC_RANGE_DAYS = 31;

/** GET /api/s/…/topics and the events page's URL: discovery dates (workspace zone), statuses, types, paging. */
export const ZTopicListQuery = z
  .object({
    from: zDate.optional(),
    to: zDate.optional(),
    status: zEnumList(TOPIC_STATUSES).optional(),
    type: zEnumList(TOPIC_TYPES).optional(),
    page: z.coerce.number().int().min(1).max(30, "DataWorks pages up to 30").default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  })
  .superRefine((query, context) => {
    if (query.from && query.to && query.from > query.to) context.addIssue({ code: "custom", path: ["to"], message: "must be on or after the start date" });
  });
export type TTopicListQuery = z.output<typeof ZTopicListQuery>;
export type TTopicListQueryInput = z.input<typeof ZTopicListQuery>;

export const ZTopicSummary = z.object({
  topicId: zId,
  topicName: z.string(),
  topicType: ZTopicType.or(z.string()),
  topicStatus: ZTopicStatus.or(z.string()),
  instanceId: zId.nullable(),
  nodeId: zId.nullable(),
  nodeName: z.string(),
  nodeOwner: z.string(),
  projectId: zId.nullable(),
  /** Discovered, happened, recovered. */
  addTime: zInstant.nullable(),
  happenTime: zInstant.nullable(),
  fixTime: zInstant.nullable(),
});
export type TTopicSummary = z.infer<typeof ZTopicSummary>;

export const ZTopicList = z.object({
  items: z.array(ZTopicSummary),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalCount: z.number().int(),
  from: zDate,
  to: zDate,
  timezone: z.string(),
});
export type TTopicList = z.infer<typeof ZTopicList>;

/** A baseline instance an event threatens. */
export const ZTopicInfluence = z.object({
  baselineId: zId,
  baselineName: z.string(),
  bizdate: zDate.nullable(),
  inGroupId: z.number().int(),
  owner: z.string(),
  priority: z.number().int().nullable(),
  status: ZBaselineStatus.or(z.string()),
  bufferSeconds: z.number().nullable(),
});
export type TTopicInfluence = z.infer<typeof ZTopicInfluence>;

export const ZTopicDetail = ZTopicSummary.extend({
  owner: z.string(),
  assigner: z.string(),
  /** Who handled it last, when, and what they wrote. */
  dealUser: z.string(),
  dealTime: zInstant.nullable(),
  dealNote: z.string(),
  alertTime: zInstant.nullable(),
  nextAlertTime: zInstant.nullable(),
  bufferSeconds: z.number().nullable(),
  influences: z.array(ZTopicInfluence),
  timezone: z.string(),
});
export type TTopicDetail = z.infer<typeof ZTopicDetail>;

/** What an operator does with an event: mark it being fixed, ignore it, or mark it handled (recovered). */
export const TOPIC_ACTIONS = ["fixing", "ignore", "handle"] as const;
export const ZTopicAction = z.enum(TOPIC_ACTIONS);
export type TTopicAction = z.infer<typeof ZTopicAction>;

export const TOPIC_ACTION_STATUS: Record<TTopicAction, TTopicStatus> = { fixing: "FIXING", ignore: "IGNORE", handle: "RECOVER" };

export const ZTopicActionBody = z
  .object({
    action: ZTopicAction,
    note: z.string().trim().min(1, "write a note: what you found or did").max(500, "at most 500 characters"),
  })
  .strict();
export type TTopicActionBody = z.infer<typeof ZTopicActionBody>;

export const ZTopicActionResult = z.object({ topic: ZTopicDetail, auditId: z.number().int() });
export type TTopicActionResult = z.infer<typeof ZTopicActionResult>;
