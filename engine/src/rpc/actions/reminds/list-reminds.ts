import { z } from "zod";
import { REMIND_TYPES } from "../../../monitor/reminds/model";
import { listRemindsOfProjects } from "../../../store/queries/alerts/reminds";
import { zInt, zLong, zPageSize, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { toOffset } from "../common/paging";
import { listBizProcesses } from "./remind-params";
import { toRemindSummaryWire } from "./remind-wire";

const TYPES_EXPECTED = `expected comma-separated ${REMIND_TYPES.join(", ")}`;

/**
 * ListReminds (spec §4.5). `NodeId` finds the rules that cover the node directly, through its
 * baseline, its workspace or its business process. `ProjectId` (extension) keeps one workspace's rules.
 */
export const listRemindsAction = defineAction({
  name: "ListReminds",
  level: 1,
  envelope: "standard",
  params: z.object({
    PageNumber: zInt(1, 30).default(1),
    PageSize: zPageSize,
    Founder: zText({ max: 64 }).optional(),
    NodeId: zLong.optional(),
    RemindTypes: z
      .string({ error: TYPES_EXPECTED })
      .transform((text) => text.split(",").map((item) => item.trim()).filter(Boolean))
      .refine((types) => types.every((type) => (REMIND_TYPES as readonly string[]).includes(type)), TYPES_EXPECTED)
      .optional(),
    AlertTarget: zText({ max: 64 }).optional(),
    SearchText: zText({ max: 128 }).optional(),
    ProjectId: zLong.optional(),
  }),
  handler: async (params, context) => {
    let rules = await listRemindsOfProjects(context.db, params.ProjectId !== undefined ? [params.ProjectId] : null);
    if (params.Founder !== undefined) rules = rules.filter((rule) => rule.founder === params.Founder);
    if (params.RemindTypes?.length) rules = rules.filter((rule) => params.RemindTypes!.includes(rule.remindType));
    if (params.AlertTarget !== undefined) rules = rules.filter((rule) => rule.alertTargets.includes(params.AlertTarget!));
    if (params.SearchText !== undefined) {
      const needle = params.SearchText.toLowerCase();
      rules = rules.filter((rule) => rule.name.toLowerCase().includes(needle));
    }
    if (params.NodeId !== undefined) {
      const node = await context.db.prisma.node.findUnique({ where: { id: params.NodeId }, select: { id: true, projectId: true, baselineId: true, businessName: true } });
      const bizId = node?.businessName ? (await listBizProcesses(context.db, node.projectId)).find((process) => process.name === node.businessName)?.bizId : undefined;
      rules = node
        ? rules.filter((rule) => {
            if (rule.remindUnit === "NODE") return rule.objectIds.includes(String(node.id));
            if (rule.remindUnit === "PROJECT") return rule.objectIds.includes(String(node.projectId));
            if (rule.remindUnit === "BASELINE") return node.baselineId !== null && rule.objectIds.includes(String(node.baselineId));
            return bizId !== undefined && rule.objectIds.includes(bizId);
          })
        : [];
    }
    const page = toOffset({ pageNumber: params.PageNumber, pageSize: params.PageSize });
    return {
      PageNumber: params.PageNumber,
      PageSize: params.PageSize,
      TotalCount: rules.length,
      Reminds: rules.slice(page.offset, page.offset + page.limit).map(toRemindSummaryWire),
    };
  },
});
