import { z } from "zod";
import { addDays, bizdateEpoch, currentBizdate } from "../../../schedule/calendar";
import { findNodesByIds } from "../../../store/queries/nodes/list-nodes";
import { countFailuresPerNode } from "../../../store/queries/stats/failures-per-node";
import { zLong } from "../../params";
import { defineAction } from "../common/define-action";
import { getProjectOrThrow } from "../common/lookups";

/** "The last month" (spec §5.17): the current business date and the 29 before it. */
export const ERROR_WINDOW_DAYS = 30;

/**
 * TopTenErrorTimesInstance (spec §4.18): the ten nodes with the most cycle instances in FAILURE
 * over the last 30 business dates, most first. Computed on request, so `UpdateTime` is now.
 */
export const topTenErrorTimesInstanceAction = defineAction({
  name: "TopTenErrorTimesInstance",
  level: 1,
  envelope: "bare",
  params: z.object({ ProjectId: zLong }),
  handler: async (params, context) => {
    const project = await getProjectOrThrow(context.db, params.ProjectId);
    const today = currentBizdate(context.now, project.timezone);
    const failures = await countFailuresPerNode(context.db, {
      projectId: project.id,
      fromBizdate: bizdateEpoch(addDays(today, -(ERROR_WINDOW_DAYS - 1)), project.timezone),
      toBizdate: bizdateEpoch(today, project.timezone),
      limit: 10,
    });
    const nodes = await findNodesByIds(context.db, failures.map((failure) => failure.nodeId));
    return {
      InstanceErrorRank: {
        UpdateTime: context.now,
        ErrorRank: failures.map((failure) => {
          const node = nodes.get(failure.nodeId);
          return {
            Count: failure.count,
            NodeId: failure.nodeId,
            NodeName: node?.name ?? "",
            Owner: node?.ownerId ?? "",
            ProgramType: node?.fileType ?? 0,
            ProjectId: project.id,
          };
        }),
      },
    };
  },
});
