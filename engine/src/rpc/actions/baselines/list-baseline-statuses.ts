import { z } from "zod";
import { bizdateEpoch } from "../../../schedule/calendar";
import { listBaselineInstancesOfBizdates } from "../../../store/queries/monitor/baseline-instances";
import { findBaselinesByIds } from "../../../store/queries/monitor/baselines";
import { listTopicIdsOfBaselineInstances } from "../../../store/queries/monitor/topics";
import { zInt, zIsoTime, zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { toBaselineStatusWire, zBaselineStatusList, zBaselineTypeList, zFinishStatusList, zPriorityList } from "./baseline-wire";

/**
 * ListBaselineStatuses (spec §3.7): the baseline instances of one bizdate across workspaces, filtered
 * (AND across parameters, OR within one), in baseline then cycle order, paged.
 */
export const listBaselineStatusesAction = defineAction({
  name: "ListBaselineStatuses",
  level: 1,
  envelope: "standard",
  params: z.object({
    Bizdate: zIsoTime,
    PageNumber: zInt(1, 30).default(1),
    PageSize: zInt(1, 100).default(10),
    Priority: zPriorityList.optional(),
    SearchText: zText({ max: 128 }).optional(),
    Owner: zText({ max: 64 }).optional(),
    TopicId: zLong.optional(),
    FinishStatus: zFinishStatusList.optional(),
    Status: zBaselineStatusList.optional(),
    BaselineTypes: zBaselineTypeList.optional(),
  }),
  handler: async (params, context) => {
    const zones = await context.db.prisma.project.findMany({ select: { timezone: true }, distinct: ["timezone"] });
    const bizdates = [...new Set(zones.map((zone) => bizdateEpoch(params.Bizdate.localDate, zone.timezone)))];
    const records = await listBaselineInstancesOfBizdates(context.db, bizdates);
    const baselines = await findBaselinesByIds(context.db, [...new Set(records.map((record) => record.baselineId))]);
    let topicInstances: Set<number> | null = null;
    if (params.TopicId !== undefined) {
      const influence = await listTopicIdsOfBaselineInstances(context.db, records.map((record) => record.id));
      topicInstances = new Set(influence.get(Number(params.TopicId)) ?? []);
    }
    const search = params.SearchText?.toLowerCase();
    const matching = records.filter((record) => {
      const baseline = baselines.get(record.baselineId);
      if (!baseline) return false;
      if (baselines.get(record.baselineId)?.projectId !== record.projectId) return false;
      if (params.Priority && !params.Priority.includes(baseline.priority)) return false;
      if (search && !baseline.name.toLowerCase().includes(search)) return false;
      if (params.Owner && !baseline.owners.includes(params.Owner)) return false;
      if (params.FinishStatus && !params.FinishStatus.includes(record.finishStatus)) return false;
      if (params.Status && !params.Status.includes(record.status)) return false;
      if (params.BaselineTypes && !params.BaselineTypes.includes(baseline.baselineType)) return false;
      if (topicInstances && !topicInstances.has(record.id)) return false;
      return true;
    });
    const start = (params.PageNumber - 1) * params.PageSize;
    return {
      PageNumber: params.PageNumber,
      PageSize: params.PageSize,
      TotalCount: matching.length,
      BaselineStatuses: matching.slice(start, start + params.PageSize).map((record) => toBaselineStatusWire(record, baselines.get(record.baselineId) as NonNullable<ReturnType<typeof baselines.get>>)),
    };
  },
});
