import { bizdateEpoch, localDateOf } from "../../engine/src/schedule/calendar";
import { planCycleInstances, type PlanNode } from "../../engine/src/schedule/plan";
import { allocateIds } from "../../engine/src/store/ids";
import { materializePlan, type PlanNodeRow } from "../../engine/src/store/materialize-plan";
import { inWriteTransaction } from "../../engine/src/store/transaction";
import type { BenchDatabase } from "../harness/databases";
import type { LayeredDag } from "./layered-dag";
import { BENCH_TIMEZONE, DAILY_AT_MIDNIGHT, type SeededWorkspace } from "./seed-workspace";

export type MaterializedDay = { dagId: bigint; bizdate: string; instanceIds: bigint[]; instanceOfNode: Map<number, bigint> };

/**
 * Creates one bizdate's DAILY DAG and instances with the engine's own planner and store
 * (`planCycleInstances` + `materializePlan`), as the daily generation does: setup for the
 * benchmarks that measure what happens to instances afterwards.
 */
export async function materializeDay(database: BenchDatabase, workspace: SeededWorkspace, dag: LayeredDag, now: number): Promise<MaterializedDay> {
  const bizdate = localDateOf(now - 86_400_000, BENCH_TIMEZONE);
  const planNodes: PlanNode[] = dag.parentsOf.map((parents, index) => ({
    id: workspace.nodeIds[index]!,
    cronExpress: DAILY_AT_MIDNIGHT,
    schedulerType: "NORMAL",
    parentIds: parents.map((parent) => workspace.nodeIds[parent]!),
  }));
  const plan = planCycleInstances({ nodes: planNodes, bizdate, timezone: BENCH_TIMEZONE });
  const rows = new Map<bigint, PlanNodeRow>(
    workspace.nodeIds.map((id, index) => [id, { priority: [1, 3, 5, 7, 8][index % 5]!, resourceGroupId: workspace.resourceGroupId, paramValues: "", baselineId: null, autoRerunTimes: 0 }]),
  );
  return inWriteTransaction(database.engine, async (tx) => {
    const dagId = await allocateIds(tx, "dag", 1);
    await tx.dag.create({
      data: {
        id: dagId, projectId: workspace.projectId, type: "DAILY", name: `daily_${bizdate.replaceAll("-", "")}`, status: "CREATED",
        bizdate: BigInt(bizdateEpoch(bizdate, BENCH_TIMEZONE)), createUser: "system", createTime: BigInt(now), modifyTime: BigInt(now),
      },
    });
    const instanceIds = await materializePlan(tx, {
      projectId: workspace.projectId, dag: { id: dagId, type: "DAILY" }, bizdate, timezone: BENCH_TIMEZONE, plan, nodes: rows, createUser: "system", now,
    });
    const indexOfNode = new Map(workspace.nodeIds.map((id, index) => [id, index]));
    const instanceOfNode = new Map<number, bigint>();
    plan.instances.forEach((instance, planIndex) => instanceOfNode.set(indexOfNode.get(instance.nodeId)!, instanceIds[planIndex]!));
    return { dagId, bizdate, instanceIds, instanceOfNode };
  }, { timeoutMs: 600_000 });
}
