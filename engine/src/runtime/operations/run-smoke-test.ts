import { z } from "zod";
import type { TaskType } from "../../model/status";
import { planSubsetInstances, type InstancePlan } from "../../schedule/plan";
import { allocateIds } from "../../store/ids";
import type { OperationContext } from "./context";
import { createRunDag } from "./create-run-dag";
import { smokeTestParamValues } from "./node-parameters";
import { ZBizdate, ZDagName, ZNodeId } from "./operation-inputs";
import { performOperation } from "./perform-operation";
import { loadPlanNodes } from "./plan-nodes";
import { nodeNotFound, projectNotFound, refusalFromIssues } from "./refusal";

export const ZRunSmokeTestInput = z.object({
  nodeId: ZNodeId,
  bizdate: ZBizdate,
  name: ZDagName,
  /** JSON keyed by node ID, or a plain "k=v k2=v2" list (spec §5.11). */
  nodeParams: z.string().optional(),
});
export type RunSmokeTestInput = z.input<typeof ZRunSmokeTestInput>;

/**
 * RunSmokeTest: one SMOKE_TEST DAG holding the node alone, without its parents, for its first
 * cycle of the bizdate. A test is asked for explicitly, so the node's command runs even if the
 * node is frozen, a dry run, or outside its weekly/monthly cycle that day. Returns the DAG ID.
 */
export function runSmokeTest(context: OperationContext, input: RunSmokeTestInput): Promise<bigint> {
  const requestedNode = typeof input?.nodeId === "bigint" ? input.nodeId : 0n;
  return performOperation<bigint>(context, {
    action: "RunSmokeTest",
    requested: { targetType: "node", targetId: requestedNode, projectId: null },
    work: async (tx) => {
      const parsed = ZRunSmokeTestInput.safeParse(input);
      if (!parsed.success) throw refusalFromIssues(parsed.error, { nodeId: "NodeId", bizdate: "Bizdate", name: "Name", nodeParams: "NodeParams" });
      const request = parsed.data;
      const nodes = await loadPlanNodes(tx, [request.nodeId]);
      const node = nodes.byId.get(request.nodeId);
      if (!node) throw nodeNotFound([request.nodeId], "NodeId");
      const project = await tx.project.findUnique({ where: { id: node.projectId }, select: { timezone: true } });
      if (!project) throw projectNotFound(node.projectId);
      const paramValues = request.nodeParams === undefined ? undefined : smokeTestParamValues(request.nodeParams, node.id);

      const fullDay = planSubsetInstances({
        nodes: [{ id: node.id, cronExpress: node.cronExpress, schedulerType: node.schedulerType, parentIds: [] }],
        includeIds: [node.id],
        excludeIds: [],
        bizdate: request.bizdate,
        timezone: project.timezone,
      });
      const first = fullDay.instances[0];
      if (!first) throw new Error(`runSmokeTest: node ${node.id} has no cycle on ${request.bizdate}`);
      const taskType: TaskType = node.schedulerType === "MANUAL" ? "MANUAL" : "NORMAL";
      const plan: InstancePlan = { instances: [{ ...first, taskType }], edges: [] };

      const dagId = await allocateIds(tx, "dag", 1);
      await createRunDag(tx, {
        id: dagId,
        projectId: node.projectId,
        type: "SMOKE_TEST",
        name: request.name,
        bizdate: request.bizdate,
        timezone: project.timezone,
        createUser: context.operator,
        now: context.now,
        plan,
        nodes: nodes.byId,
        paramOverrides: paramValues === undefined ? undefined : new Map([[node.id, paramValues]]),
      });
      return {
        value: dagId,
        result: "APPLIED",
        target: { targetType: "node", targetId: node.id, projectId: node.projectId },
        before: "",
        after: JSON.stringify({ dagId: String(dagId) }),
      };
    },
    replay: (recorded) => BigInt((JSON.parse(recorded.after) as { dagId: string }).dagId),
  });
}
