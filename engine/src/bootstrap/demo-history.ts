import { addDays, bizdateEpoch, currentBizdate } from "../schedule/calendar";
import { planCycleInstances } from "../schedule/plan";
import type { Database } from "../store/database";
import { allocateIds } from "../store/ids";
import { materializePlan } from "../store/instance-state";
import { simulateDay, type SimulatedRun } from "./history-simulation";

type NodeRow = Awaited<ReturnType<Database["prisma"]["node"]["findMany"]>>[number];

/**
 * Writes `days` past bizdates of finished instances for a project, as if the scheduler had run
 * them: same instance plan, durations taken from the nodes' own commands, flaky nodes retried,
 * resource-group slots respected. Each run is marked as simulated in its log.
 */
export async function generateDemoHistory(
  database: Database,
  options: { projectId: bigint; days: number; now: number },
): Promise<{ instances: number }> {
  const { prisma } = database;
  const project = await prisma.project.findUniqueOrThrow({ where: { id: options.projectId } });
  const nodes = await prisma.node.findMany({ where: { projectId: project.id, isDeleted: false }, orderBy: { id: "asc" } });
  const edges = await prisma.nodeEdge.findMany({ where: { childId: { in: nodes.map((node) => node.id) } } });
  const groups = await prisma.resourceGroup.findMany({ where: { projectId: project.id } });
  const slotsByGroup = new Map(groups.map((group) => [group.id, group.slots]));
  const nodesById = new Map<bigint, NodeRow>(nodes.map((node) => [node.id, node]));
  const planNodes = nodes.map((node) => ({
    id: node.id,
    cronExpress: node.cronExpress,
    schedulerType: node.schedulerType as "NORMAL" | "MANUAL" | "PAUSE" | "SKIP",
    parentIds: edges.filter((edge) => edge.childId === node.id).map((edge) => edge.parentId),
  }));
  const today = currentBizdate(options.now, project.timezone);
  let total = 0;
  for (let back = options.days; back >= 1; back -= 1) {
    const bizdate = addDays(today, -back);
    const plan = planCycleInstances({ nodes: planNodes, bizdate, timezone: project.timezone });
    const runs = simulateDay({ plan, nodes: nodesById, slotsByGroup, bizdate, seed: `${project.identifier}:${bizdate}` });
    await prisma.$transaction(
      async (tx) => {
        const dagId = await allocateIds(tx, "dag", 1);
        const createdAt = runs.length > 0 ? Math.min(...plan.instances.map((instance) => instance.cycTime)) - 2 * 3600_000 : options.now;
        await tx.dag.create({
          data: {
            id: dagId,
            projectId: project.id,
            type: "DAILY",
            name: `daily_${bizdate.replaceAll("-", "")}`,
            status: "SUCCESS",
            bizdate: BigInt(bizdateEpoch(bizdate, project.timezone)),
            createUser: "system",
            createTime: BigInt(createdAt),
            modifyTime: BigInt(createdAt),
          },
        });
        const instanceIds = await materializePlan(tx, {
          projectId: project.id,
          dag: { id: dagId, type: "DAILY" },
          bizdate,
          timezone: project.timezone,
          plan,
          nodes: nodesById,
          createUser: "system",
          now: createdAt,
        });
        await writeOutcomes(tx, project.id, instanceIds, runs, createdAt);
      },
      { timeout: 120_000 },
    );
    total += plan.instances.length;
  }
  return { instances: total };
}

type Transaction = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];

async function writeOutcomes(
  tx: Transaction,
  projectId: bigint,
  instanceIds: bigint[],
  runs: SimulatedRun[],
  createdAt: number,
): Promise<void> {
  const attempts: { instanceId: bigint; attempt: number; engineId: string; startedAt: bigint; finishedAt: bigint; exitCode: number; outcome: string }[] = [];
  const logs: { instanceId: bigint; attempt: number; at: bigint; text: string }[] = [];
  for (const [index, run] of runs.entries()) {
    const instanceId = instanceIds[index];
    if (instanceId === undefined) continue;
    const last = run.attempts.at(-1);
    // One raw statement a row: the model API's per-query planning made seeding several times slower.
    const big = (value: number | null) => (value === null ? null : BigInt(value));
    await tx.$executeRaw`
      UPDATE "instance" SET
        "status" = ${run.status},
        "pendingParents" = ${run.status === "NOT_RUN" ? 1 : 0},
        "attempt" = ${run.attempts.length},
        "rerunsLeft" = ${run.rerunsLeft},
        "exitCode" = ${last?.exitCode ?? null},
        "errorMessage" = ${run.errorMessage},
        "beginWaitTimeTime" = ${big(run.readyAt)},
        "beginWaitResTime" = ${big(run.waitResourceAt)},
        "beginRunningTime" = ${big(run.attempts[0]?.startedAt ?? null)},
        "finishTime" = ${big(run.finishedAt)},
        "modifyTime" = ${BigInt(run.finishedAt ?? createdAt)}
      WHERE "id" = ${instanceId}`;
    if (run.setSuccessBy) {
      await tx.operation.create({
        data: {
          projectId,
          action: "SetSuccessInstance",
          operator: run.setSuccessBy.operator,
          reason: run.setSuccessBy.reason,
          targetType: "instance",
          targetId: instanceId,
          before: JSON.stringify({ status: "FAILURE", isSuspended: false }),
          after: JSON.stringify({ status: "SUCCESS", isSuspended: false }),
          result: "APPLIED",
          requestId: "demo-history",
          at: BigInt(run.setSuccessBy.at),
        },
      });
    }
    for (const [attemptIndex, attempt] of run.attempts.entries()) {
      attempts.push({
        instanceId,
        attempt: attemptIndex + 1,
        engineId: "demo-history",
        startedAt: BigInt(attempt.startedAt),
        finishedAt: BigInt(attempt.finishedAt),
        exitCode: attempt.exitCode,
        outcome: attempt.exitCode === 0 ? "SUCCESS" : "FAILURE",
      });
      logs.push({ instanceId, attempt: attemptIndex + 1, at: BigInt(attempt.finishedAt), text: attempt.log });
    }
  }
  if (attempts.length > 0) await tx.attempt.createMany({ data: attempts });
  if (logs.length > 0) await tx.instanceLog.createMany({ data: logs });
}
