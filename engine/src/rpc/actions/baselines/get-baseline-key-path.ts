import { z } from "zod";
import { listTopicsOfInstances } from "../../../store/queries/monitor/topics";
import { zInt, zIsoTime, zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { loadBaselineDetail } from "./baseline-detail";

/**
 * GetBaselineKeyPath (spec §3.5): the key path of a baseline instance, upstream first, one entry per
 * instance with its run (the current attempt) and the events (topics) on it. AbsTime = BeginCast +
 * the node's usual run time.
 */
export const getBaselineKeyPathAction = defineAction({
  name: "GetBaselineKeyPath",
  level: 1,
  envelope: "standard",
  params: z.object({ BaselineId: zLong, Bizdate: zIsoTime, InGroupId: zInt(1, 24) }),
  handler: async (params, context) => {
    const detail = await loadBaselineDetail(context.db, { baselineId: params.BaselineId, bizdate: params.Bizdate, inGroupId: params.InGroupId, now: context.now });
    const path = detail.evaluation.keyPath.path;
    const topics = await listTopicsOfInstances(context.db, path);
    return path.flatMap((instanceId) => {
      const instance = detail.graph.instances.get(instanceId);
      const forecast = detail.graph.model.forecast(instanceId);
      if (!instance || !forecast) return [];
      const node = detail.graph.nodes.get(instance.nodeId);
      const identity = {
        Owner: node?.owner ?? "",
        NodeName: node?.name ?? "",
        Bizdate: instance.bizdate,
        ProjectId: instance.projectId,
        InstanceId: instance.id,
        NodeId: instance.nodeId,
        InGroupId: instance.inGroupId,
      };
      return [
        {
          ...identity,
          PrgType: node?.fileType ?? null,
          Runs: [
            {
              ...identity,
              Status: instance.status,
              AbsTime: forecast.beginCast + (detail.graph.timings.get(instance.nodeId)?.averageMs ?? 0),
              BeginCast: forecast.beginCast,
              EndCast: forecast.endCast,
              CycTime: instance.cycTime,
              BeginWaitTimeTime: instance.beginWaitTimeTime,
              BeginWaitResTime: instance.beginWaitResTime,
              BeginRunningTime: instance.beginRunningTime,
              FinishTime: instance.finishTime,
            },
          ],
          Topics: topics
            .filter((topic) => topic.instanceId === instanceId)
            .map((topic) => ({ TopicId: BigInt(topic.id), TopicName: topic.topicName, InstanceId: topic.instanceId, AddTime: topic.addTime })),
        },
      ];
    });
  },
});
