import { z } from "zod";
import { bizdateEpoch, currentBizdate } from "../../../schedule/calendar";
import { findNodesByIds } from "../../../store/queries/nodes/list-nodes";
import { findLongestRunsPerNode } from "../../../store/queries/stats/longest-runs";
import { zIsoTime, zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";

/**
 * TopTenElapsedTimeInstance (spec §4.17): the ten nodes whose finished cycle instance ran longest
 * on one business date, each with its longest instance; `Consumed` in whole seconds. The business
 * date is `BusinessDate` (spec §5.17: only in the spec's example) or the current one. Computed on
 * request, so `UpdateTime` is now.
 */
export const topTenElapsedTimeInstanceAction = defineAction({
  name: "TopTenElapsedTimeInstance",
  level: 1,
  envelope: "bare",
  params: z.object({ ProjectId: zLong, BusinessDate: zIsoTime.optional() }),
  handler: async (params, context) => {
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const bizdate = params.BusinessDate?.localDate ?? currentBizdate(context.now, project.timezone);
    const runs = await findLongestRunsPerNode(context.db, { projectId: project.id, bizdate: bizdateEpoch(bizdate, project.timezone), limit: 10 });
    const nodes = await findNodesByIds(context.db, runs.map((run) => run.nodeId));
    return {
      InstanceConsumeTimeRank: {
        UpdateTime: context.now,
        ConsumeTimeRank: runs.map((run) => {
          const node = nodes.get(run.nodeId);
          return {
            Owner: node?.ownerId ?? "",
            NodeName: node?.name ?? "",
            BusinessDate: run.bizdate,
            ProgramType: node?.fileType ?? 0,
            InstanceId: run.instanceId,
            NodeId: run.nodeId,
            Consumed: Math.round(run.elapsedMs / 1000),
          };
        }),
      },
    };
  },
});
