import { z } from "zod";
import { zId } from "./common";
import { ZWorkspaceParams } from "./projects";

/** Alert messages and the custom rules (DataWorks "reminds") that produce some of them. */

/** DataWorks' sources, plus TEST_ALERT (the engine's test-send). */
export const ALERT_SOURCES = ["SLA_ALERT", "REMIND_ALERT", "TOPIC_ALERT", "NODE_CYCLE_ALERT", "NODE_LONELY_ALERT", "TEST_ALERT"] as const;
export const ZAlertSource = z.enum(ALERT_SOURCES);
export type TAlertSource = z.infer<typeof ZAlertSource>;

export const ALERT_SEND_STATUSES = ["READY_TO_SEND", "SEND_SUCCESS", "SEND_FAIL", "SEND_OVERLIMIT"] as const;
export const ZAlertSendStatus = z.enum(ALERT_SEND_STATUSES);
export type TAlertSendStatus = z.infer<typeof ZAlertSendStatus>;

const zDate = z.iso.date();
const zInstant = z.iso.datetime({ offset: true });

function zEnumList<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((item) => item.trim().toUpperCase()).filter((item) => item !== "") : value),
    z.array(z.enum(values), { error: `one or more of ${values.join(", ")}` }).max(values.length),
  );
}

const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

/** DataWorks keeps alert messages for 30 days; a range is at most that long. */
export const MAX_ALERT_RANGE_DAYS = 30;

/** GET /api/s/…/alerts and the alerts page's URL. Dates are in the workspace's zone, both ends included. */
export const ZAlertListQuery = z
  .object({
    from: zDate.optional(),
    to: zDate.optional(),
    source: zEnumList(ALERT_SOURCES).optional(),
    status: zEnumList(ALERT_SEND_STATUSES).optional(),
    receiver: zOptionalText(64),
    remindId: zId.optional(),
    page: z.coerce.number().int().min(1).max(100).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  })
  .superRefine((query, context) => {
    if (query.from && query.to && query.from > query.to) context.addIssue({ code: "custom", path: ["to"], message: "must be on or after the start date" });
  });
export type TAlertListQuery = z.output<typeof ZAlertListQuery>;
export type TAlertListQueryInput = z.input<typeof ZAlertListQuery>;

/** What an alert was about, by source. */
export const ZAlertSubject = z.object({
  kind: z.enum(["baseline", "remind", "topic", "nodes", "none"]),
  baselineId: zId.nullable(),
  baselineName: z.string().nullable(),
  bizdate: zDate.nullable(),
  inGroupId: z.number().int().nullable(),
  baselineStatus: z.string().nullable(),
  remindId: zId.nullable(),
  remindName: z.string().nullable(),
  instances: z.array(z.object({ instanceId: zId, nodeId: zId.nullable(), nodeName: z.string(), status: z.string() })),
  topics: z.array(z.object({ topicId: zId, topicName: z.string(), topicStatus: z.string(), instanceId: zId.nullable() })),
  nodes: z.array(z.object({ nodeId: zId, nodeName: z.string(), owner: z.string() })),
});
export type TAlertSubject = z.infer<typeof ZAlertSubject>;

/** One channel target of a message and how its delivery went (the engine says; real DataWorks does not). */
export const ZAlertDelivery = z.object({
  method: z.string(),
  receiver: z.string(),
  /** Mail address, or the webhook URL without its query (tokens stay on the server). */
  target: z.string(),
  status: ZAlertSendStatus.or(z.string()),
  attempts: z.number().int().nullable(),
  nextAttemptTime: zInstant.nullable(),
  sentTime: zInstant.nullable(),
  lastError: z.string(),
});
export type TAlertDelivery = z.infer<typeof ZAlertDelivery>;

export const ZAlertMessage = z.object({
  alertId: zId,
  title: z.string(),
  source: ZAlertSource.or(z.string()),
  sendStatus: ZAlertSendStatus.or(z.string()),
  method: z.string(),
  receiver: z.string(),
  alertTime: zInstant.nullable(),
  content: z.string(),
  subject: ZAlertSubject,
  deliveries: z.array(ZAlertDelivery),
});
export type TAlertMessage = z.infer<typeof ZAlertMessage>;

export const ZAlertList = z.object({
  items: z.array(ZAlertMessage),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Messages matching every filter among those read. */
  totalCount: z.number().int(),
  /** More messages exist in the range than the console reads to filter by source and status. */
  isTruncated: z.boolean(),
  from: zDate,
  to: zDate,
  timezone: z.string(),
});
export type TAlertList = z.infer<typeof ZAlertList>;

// ——— Rules (reminds) ———

export const REMIND_TYPES = ["FINISHED", "UNFINISHED", "ERROR", "CYCLE_UNFINISHED", "TIMEOUT"] as const;
export const ZRemindType = z.enum(REMIND_TYPES);
export type TRemindType = z.infer<typeof ZRemindType>;

export const REMIND_UNITS = ["NODE", "BASELINE", "PROJECT", "BIZPROCESS"] as const;
export const ZRemindUnit = z.enum(REMIND_UNITS);
export type TRemindUnit = z.infer<typeof ZRemindUnit>;

export const ALERT_UNITS = ["OWNER", "OTHER"] as const;
export const ZAlertUnit = z.enum(ALERT_UNITS);
export type TAlertUnit = z.infer<typeof ZAlertUnit>;

export const ALERT_METHODS = ["MAIL", "SMS", "PHONE", "DINGROBOTS", "WEBHOOK"] as const;
export const ZAlertMethod = z.enum(ALERT_METHODS);
export type TAlertMethod = z.infer<typeof ZAlertMethod>;

/** Per-unit limits of DataWorks: 50 nodes, 5 baselines, 5 business processes, one workspace. */
export const REMIND_TARGET_LIMITS: Record<TRemindUnit, number> = { NODE: 50, BASELINE: 5, PROJECT: 1, BIZPROCESS: 5 };
export const MAX_ALERT_TARGETS = 10;

export const ZRemindParams = ZWorkspaceParams.extend({ remindId: zId });
export type TRemindParams = z.infer<typeof ZRemindParams>;

export const ZRemindListQuery = z.object({
  search: zOptionalText(128),
  type: zEnumList(REMIND_TYPES).optional(),
  page: z.coerce.number().int().min(1).max(30).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type TRemindListQuery = z.output<typeof ZRemindListQuery>;
export type TRemindListQueryInput = z.input<typeof ZRemindListQuery>;

/** `hh:mm` with hours 0–47 (a time on the next day past 23:59), as baselines and reminds write times. */
const HH_MM_47 = /^([0-3]?\d|4[0-7]):[0-5]\d$/;
/** `hh:mm` within one day. */
const HH_MM_23 = /^([01]?\d|2[0-3]):[0-5]\d$/;

/** The trigger's parameters, per type. */
export const ZRemindDetail = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("until"), hour: z.number().int().min(0, "hour is 0 to 47").max(47, "hour is 0 to 47"), minute: z.number().int().min(0, "minute is 0 to 59").max(59, "minute is 0 to 59") }),
  z.object({
    kind: z.literal("cycles"),
    /** Cycle number (1–288) → deadline `hh:mm`. */
    deadlines: z.record(z.string().regex(/^([1-9]\d?|1\d\d|2[0-7]\d|28[0-8])$/, "cycles are 1 to 288"), z.string().regex(HH_MM_47, "hh:mm with hours 0 to 47")),
  }),
  z.object({ kind: z.literal("timeout"), seconds: z.number().int().min(60, "at least 60 seconds").max(7 * 86_400, "at most 7 days") }),
]);
export type TRemindDetail = z.infer<typeof ZRemindDetail>;

/** Which detail kind each trigger takes. */
export const DETAIL_KIND_OF_TYPE: Record<TRemindType, TRemindDetail["kind"]> = {
  FINISHED: "none",
  ERROR: "none",
  UNFINISHED: "until",
  CYCLE_UNFINISHED: "cycles",
  TIMEOUT: "timeout",
};

const zIdList = z.array(zId).max(50, "at most 50");

const remindFields = {
  name: z.string().trim().min(1, "give the rule a name").max(128, "at most 128 characters"),
  unit: ZRemindUnit,
  nodeIds: zIdList.default([]),
  baselineIds: zIdList.default([]),
  bizProcessIds: zIdList.default([]),
  type: ZRemindType,
  detail: ZRemindDetail.default({ kind: "none" }),
  alertUnit: ZAlertUnit,
  alertTargets: z.array(z.string().trim().min(1).max(64)).max(MAX_ALERT_TARGETS, `at most ${MAX_ALERT_TARGETS} receivers`).default([]),
  alertMethods: z.array(ZAlertMethod).min(1, "choose at least one channel").max(ALERT_METHODS.length),
  robotUrls: z.array(z.url({ protocol: /^https?$/, error: "an http(s) URL" }).max(1000)).max(5, "at most 5 robots").default([]),
  /** Webhook channels by name (the engine's alerts.yaml channels, or `default-webhook`). */
  webhooks: z.array(z.string().trim().regex(/^[\w.-]{1,64}$/, "channel names are letters, digits, _ . -")).max(10, "at most 10 channels").default([]),
  dndEnd: z.string().regex(HH_MM_23, "hh:mm between 00:00 and 23:59").nullable().default(null),
  maxAlertTimes: z.number().int().min(1, "1 to 10").max(10, "1 to 10").default(3),
  alertIntervalSeconds: z.number().int().min(1200, "at least 1200 seconds (20 minutes)").max(86_400, "at most one day").default(1800),
  isEnabled: z.boolean().default(true),
};

/** Checks across fields, each issue on the field to fix. */
function checkRemind(value: z.output<z.ZodObject<typeof remindFields>>, context: z.RefinementCtx) {
  const targetField = { NODE: "nodeIds", BASELINE: "baselineIds", BIZPROCESS: "bizProcessIds", PROJECT: null } as const;
  const field = targetField[value.unit];
  if (field) {
    const ids = value[field];
    if (ids.length === 0) context.addIssue({ code: "custom", path: [field], message: `choose at least one ${value.unit === "NODE" ? "node" : value.unit === "BASELINE" ? "baseline" : "business process"}` });
    if (ids.length > REMIND_TARGET_LIMITS[value.unit]) context.addIssue({ code: "custom", path: [field], message: `at most ${REMIND_TARGET_LIMITS[value.unit]}` });
  }
  const kind = DETAIL_KIND_OF_TYPE[value.type];
  if (value.detail.kind !== kind) {
    const expected = { none: "no parameters", until: "a time (hour and minute)", cycles: "a deadline per cycle", timeout: "a run time in seconds" }[kind];
    context.addIssue({ code: "custom", path: ["detail"], message: `${value.type} takes ${expected}` });
  } else if (value.detail.kind === "cycles" && Object.keys(value.detail.deadlines).length === 0) {
    context.addIssue({ code: "custom", path: ["detail"], message: "give at least one cycle's deadline" });
  }
  if (value.alertUnit === "OTHER" && value.alertTargets.length === 0) {
    context.addIssue({ code: "custom", path: ["alertTargets"], message: "name at least one receiver, or send to the owner" });
  }
  if (value.alertMethods.includes("DINGROBOTS") && value.robotUrls.length === 0) {
    context.addIssue({ code: "custom", path: ["robotUrls"], message: "DingTalk robots need at least one robot URL" });
  }
  if (value.alertMethods.includes("WEBHOOK") && value.webhooks.length === 0) {
    context.addIssue({ code: "custom", path: ["webhooks"], message: "webhooks need at least one channel name (e.g. default-webhook)" });
  }
  if (new Set(value.alertMethods).size !== value.alertMethods.length) {
    context.addIssue({ code: "custom", path: ["alertMethods"], message: "each channel once" });
  }
}

/** POST …/reminds and PUT …/reminds/{remindId}: the whole rule (the edit form sends every field). */
export const ZRemindBody = z.object(remindFields).strict().superRefine(checkRemind);
export type TRemindBody = z.output<typeof ZRemindBody>;
export type TRemindBodyInput = z.input<typeof ZRemindBody>;

export const ZRemindSummary = z.object({
  remindId: zId,
  name: z.string(),
  unit: ZRemindUnit.or(z.string()),
  type: ZRemindType.or(z.string()),
  alertUnit: ZAlertUnit.or(z.string()),
  alertTargets: z.array(z.string()),
  alertMethods: z.array(z.string()),
  nodeIds: z.array(zId),
  baselineIds: z.array(zId),
  projectIds: z.array(zId),
  bizProcessIds: z.array(zId),
  dndStart: z.string().nullable(),
  dndEnd: z.string().nullable(),
  founder: z.string(),
  isEnabled: z.boolean(),
  webhooks: z.array(z.string()),
});
export type TRemindSummary = z.infer<typeof ZRemindSummary>;

export const ZRemindList = z.object({ items: z.array(ZRemindSummary), page: z.number().int(), pageSize: z.number().int(), totalCount: z.number().int() });
export type TRemindList = z.infer<typeof ZRemindList>;

export const ZRemindDefinition = ZRemindSummary.extend({
  detail: ZRemindDetail,
  /** The upstream's Detail text when the console could not read it (shown as is). */
  rawDetail: z.string(),
  maxAlertTimes: z.number().int().nullable(),
  alertIntervalSeconds: z.number().int().nullable(),
  robots: z.array(z.object({ url: z.string(), isAtAll: z.boolean() })),
  nodes: z.array(z.object({ nodeId: zId, nodeName: z.string() })),
  baselines: z.array(z.object({ baselineId: zId, baselineName: z.string() })),
});
export type TRemindDefinition = z.infer<typeof ZRemindDefinition>;

export const ZRemindResult = z.object({ remind: ZRemindDefinition, auditId: z.number().int() });
export type TRemindResult = z.infer<typeof ZRemindResult>;

export const ZRemindDeleteResult = z.object({ remindId: zId, auditId: z.number().int() });
export type TRemindDeleteResult = z.infer<typeof ZRemindDeleteResult>;

/** POST …/alerts/test-send: one test alert to a webhook channel, or to a user by mail or their webhook. */
export const TEST_SEND_METHODS = ["MAIL", "WEBHOOK"] as const;
export const ZTestSendBody = z
  .object({
    channel: z.string().trim().regex(/^[\w.-]{1,64}$/, "a channel name: letters, digits, _ . -").optional(),
    user: z.string().trim().min(1, "name a user").max(64, "at most 64 characters").optional(),
    method: z.enum(TEST_SEND_METHODS).default("MAIL"),
  })
  .strict()
  .superRefine((value, context) => {
    if ((value.channel === undefined) === (value.user === undefined)) context.addIssue({ code: "custom", path: ["channel"], message: "give either a channel or a user" });
  });
export type TTestSendBody = z.input<typeof ZTestSendBody>;

export const ZTestSendResult = z.object({
  alertId: zId,
  status: ZAlertSendStatus.or(z.string()),
  /** As queued; the delivery worker sends within seconds and the message list shows the outcome. */
  deliveries: z.array(ZAlertDelivery),
  auditId: z.number().int(),
});
export type TTestSendResult = z.infer<typeof ZTestSendResult>;
