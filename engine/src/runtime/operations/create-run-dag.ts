import type { DagType } from "../../model/status";
import type { InstancePlan } from "../../schedule/plan";
import { bizdateEpoch } from "../../schedule/calendar";
import { materializePlan, type PlanNodeRow } from "../../store/instance-state";
import type { Tx } from "../../store/transaction";

export type RunDagInput = {
  id: bigint;
  projectId: bigint;
  type: Exclude<DagType, "DAILY">;
  name: string;
  bizdate: string;
  timezone: string;
  createUser: string;
  now: number;
  plan: InstancePlan;
  nodes: ReadonlyMap<bigint, PlanNodeRow>;
  opSeq?: bigint;
  parallelism?: boolean;
  afterDagId?: bigint;
  paramOverrides?: ReadonlyMap<bigint, string>;
  extraPendingForRoots?: number;
};

/**
 * Creates an operator's DAG (backfill, smoke test, manual run) with its instances, due at once:
 * an operator wants it run now, as soon as its parents allow, not at a past or future cycle time.
 * CycTime is kept, so the scheduling parameters ($bizdate, $cyctime) are those of the cycle.
 */
export async function createRunDag(tx: Tx, input: RunDagInput): Promise<bigint[]> {
  const now = BigInt(input.now);
  await tx.dag.create({
    data: {
      id: input.id,
      projectId: input.projectId,
      type: input.type,
      name: input.name,
      status: "CREATED",
      bizdate: BigInt(bizdateEpoch(input.bizdate, input.timezone)),
      opSeq: input.opSeq ?? null,
      createUser: input.createUser,
      parallelism: input.parallelism ?? true,
      afterDagId: input.afterDagId ?? null,
      createTime: now,
      modifyTime: now,
    },
  });
  const instanceIds = await materializePlan(tx, {
    projectId: input.projectId,
    dag: { id: input.id, type: input.type },
    bizdate: input.bizdate,
    timezone: input.timezone,
    plan: input.plan,
    nodes: input.nodes,
    createUser: input.createUser,
    now: input.now,
    paramOverrides: input.paramOverrides,
    extraPendingForRoots: input.extraPendingForRoots,
  });
  await tx.instance.updateMany({ where: { dagId: input.id }, data: { dueTime: now } });
  return instanceIds;
}
