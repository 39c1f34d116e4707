import { z } from "zod";
import { EngineError, ERROR_CODES } from "../../../model/errors";
import { countDownstreamInstances, findExistingInstanceIds, type DownstreamCount } from "../../../store/queries/instances/instance-dependencies";
import { zIdList, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { assertProductionEnvironment } from "../common/project-env";

/** The most instances one call may name. */
export const MAX_COUNTED_INSTANCES = 1_000;
/** Each walk counts no further than this ("at least", `Capped`). */
export const DOWNSTREAM_COUNT_CAP = 100_000;

const INSTANCE_IDS_EXPECTED = `expected 1 to ${MAX_COUNTED_INSTANCES} comma-separated instance IDs`;

function toCountWire(count: DownstreamCount) {
  return { Downstream: count.downstream, WaitingDownstream: count.waitingDownstream, Capped: count.isCapped };
}

/**
 * CountInstanceDownstream (Nightshift extension, docs/engine-api.md): how many instances depend,
 * directly or transitively, on each given instance and on all of them together, and how many of
 * those have not finished yet — the blast radius of rerunning, stopping or setting them.
 */
export const countInstanceDownstreamAction = defineAction({
  name: "CountInstanceDownstream",
  level: 1,
  envelope: "standard",
  params: z.object({
    InstanceIds: zIdList.refine((ids) => ids.length >= 1 && ids.length <= MAX_COUNTED_INSTANCES, INSTANCE_IDS_EXPECTED),
    ProjectEnv: zProjectEnv,
  }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const ids = [...new Set(params.InstanceIds)];
    const existing = await findExistingInstanceIds(context.db, ids);
    const missing = ids.find((id) => !existing.has(id));
    if (missing !== undefined) throw new EngineError(ERROR_CODES.instanceNotFound, `The instance ${String(missing)} does not exist.`, 404);
    const { counts, union } = await countDownstreamInstances(context.db, ids, DOWNSTREAM_COUNT_CAP);
    return {
      Counts: ids.map((id) => {
        const count = counts.get(id) ?? { downstream: 0, waitingDownstream: 0, isCapped: false };
        return { InstanceId: id, ...toCountWire(count) };
      }),
      Union: toCountWire(union),
    };
  },
});
