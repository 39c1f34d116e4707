import { z } from "zod";
import { ALERT_METHODS, ALERT_SOURCES, ALERT_STATUSES } from "../../../monitor/alerts/types";
import { listAlertMessages } from "../../../store/queries/alerts/alert-messages";
import { zInt, zIsoTime, zLong, zPageSize, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { toOffset } from "../common/paging";
import { invalid } from "../reminds/remind-params";
import { toAlertMessageWire } from "./alert-wire";

const RULE_TYPES = ["GLOBAL", "USER_DEFINE", "OTHER"] as const;
/** Which sources each AlertRuleTypes value stands for. */
const SOURCES_OF_RULE_TYPE: Record<(typeof RULE_TYPES)[number], string[]> = {
  USER_DEFINE: ["REMIND_ALERT"],
  GLOBAL: ["SLA_ALERT", "TOPIC_ALERT"],
  OTHER: ["NODE_CYCLE_ALERT", "NODE_LONELY_ALERT", "TEST_ALERT"],
};
const RETENTION_MS = 30 * 86_400_000;

function zEnumList<const Values extends readonly string[]>(values: Values) {
  const expected = `expected comma-separated ${values.join(", ")}`;
  return z
    .string({ error: expected })
    .transform((text) => text.split(",").map((item) => item.trim()).filter(Boolean))
    .refine((items) => items.length > 0 && items.every((item) => values.includes(item)), expected);
}

/**
 * ListAlertMessages (spec §3.1): the last 30 days at most (an older BeginTime is moved up to that).
 * Extensions: ProjectId, Sources and AlertMessageStatuses filters.
 */
export const listAlertMessagesAction = defineAction({
  name: "ListAlertMessages",
  level: 1,
  envelope: "standard",
  params: z.object({
    PageNumber: zInt(1, 30).default(1),
    PageSize: zPageSize,
    BeginTime: zIsoTime,
    EndTime: zIsoTime,
    RemindId: zLong.optional(),
    AlertMethods: zEnumList(ALERT_METHODS).optional(),
    AlertUser: zText({ max: 64 }).optional(),
    AlertRuleTypes: zEnumList(RULE_TYPES).optional(),
    ProjectId: zLong.optional(),
    Sources: zEnumList(ALERT_SOURCES).optional(),
    AlertMessageStatuses: zEnumList(ALERT_STATUSES).optional(),
  }),
  handler: async (params, context) => {
    if (params.EndTime.epochMs < params.BeginTime.epochMs) throw invalid("EndTime", "must not be before BeginTime");
    let sources = params.Sources;
    if (params.AlertRuleTypes) {
      const ofTypes = params.AlertRuleTypes.flatMap((type) => SOURCES_OF_RULE_TYPE[type as (typeof RULE_TYPES)[number]]);
      sources = sources ? sources.filter((source) => ofTypes.includes(source)) : ofTypes;
    }
    // As in DataWorks, RemindId applies only when AlertRuleTypes includes USER_DEFINE.
    const remindId = params.RemindId !== undefined && params.AlertRuleTypes?.includes("USER_DEFINE") ? Number(params.RemindId) : undefined;
    const page = toOffset({ pageNumber: params.PageNumber, pageSize: params.PageSize });
    const result = await listAlertMessages(
      context.db,
      {
        from: Math.max(params.BeginTime.epochMs, context.now - RETENTION_MS),
        to: params.EndTime.epochMs,
        projectIds: params.ProjectId !== undefined ? [params.ProjectId] : undefined,
        sources,
        statuses: params.AlertMessageStatuses,
        methods: params.AlertMethods,
        user: params.AlertUser,
        remindId,
      },
      page,
    );
    return {
      PageNumber: String(params.PageNumber),
      PageSize: String(params.PageSize),
      TotalCount: String(result.total),
      AlertMessages: result.rows.map(toAlertMessageWire),
    };
  },
});
