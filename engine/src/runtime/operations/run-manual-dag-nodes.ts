import { z } from "zod";
import { currentBizdate } from "../../schedule/calendar";
import { planSubsetInstances } from "../../schedule/plan";
import { allocateIds } from "../../store/ids";
import type { OperationContext } from "./context";
import { createRunDag } from "./create-run-dag";
import { checkDagParameters, toParamOverrides, withDagParameters } from "./node-parameters";
import { ZBizdate, ZNodeId, ZNodeParamsByNode } from "./operation-inputs";
import { performOperation } from "./perform-operation";
import { loadPlanNodesWhere } from "./plan-nodes";
import { invalidParameter, projectNotFound, refusalFromIssues } from "./refusal";

export const ZRunManualDagNodesInput = z.object({
  projectId: z.bigint().positive(),
  flowName: z.string().trim().min(1, "is required").max(128),
  bizdate: ZBizdate,
  includeNodeIds: z.array(ZNodeId).optional(),
  excludeNodeIds: z.array(ZNodeId).optional(),
  dagParameters: z.record(z.string(), z.string()).optional(),
  nodeParameters: ZNodeParamsByNode.optional(),
});
export type RunManualDagNodesInput = z.input<typeof ZRunManualDagNodesInput>;

const PARAMETER_NAMES = {
  projectId: "ProjectId",
  flowName: "FlowName",
  bizdate: "BizDate",
  includeNodeIds: "IncludeNodeIds",
  excludeNodeIds: "ExcludeNodeIds",
  dagParameters: "DagParameters",
  nodeParameters: "NodeParameters",
};

/** Manual nodes are never scheduled by time: each runs once in the DAG, so one daily cycle stands for it. */
const ONCE_A_DAY = "00 00 00 * * ?";

/**
 * RunManualDagNodes: a MANUAL DAG running the manual nodes of a business flow (nodes whose
 * business is FlowName and scheduler type MANUAL) with the dependencies among them. BizDate must
 * be yesterday or earlier in the workspace's time zone (spec §4.22). Returns the DAG ID.
 */
export function runManualDagNodes(context: OperationContext, input: RunManualDagNodesInput): Promise<bigint> {
  const requestedProject = typeof input?.projectId === "bigint" ? input.projectId : 0n;
  return performOperation<bigint>(context, {
    action: "RunManualDagNodes",
    requested: { targetType: "workspace", targetId: requestedProject, projectId: requestedProject === 0n ? null : requestedProject },
    work: async (tx) => {
      const parsed = ZRunManualDagNodesInput.safeParse(input);
      if (!parsed.success) throw refusalFromIssues(parsed.error, PARAMETER_NAMES);
      const request = parsed.data;
      const project = await tx.project.findUnique({ where: { id: request.projectId }, select: { timezone: true } });
      if (!project) throw projectNotFound(request.projectId);
      const latest = currentBizdate(context.now, project.timezone);
      if (request.bizdate > latest) {
        throw invalidParameter(`The specified parameters are invalid: BizDate ${request.bizdate} must be ${latest} (today − 1 day) or earlier.`);
      }

      const flow = await loadPlanNodesWhere(tx, { projectId: request.projectId, businessName: request.flowName, schedulerType: "MANUAL" });
      if (flow.byId.size === 0) {
        throw invalidParameter(`The specified parameters are invalid: FlowName: project ${request.projectId} has no manual business flow "${request.flowName}".`);
      }
      const outsideFlow = (ids: readonly bigint[]) => ids.filter((id) => !flow.byId.has(id));
      for (const [parameter, ids] of [["IncludeNodeIds", request.includeNodeIds ?? []], ["ExcludeNodeIds", request.excludeNodeIds ?? []]] as const) {
        const strangers = outsideFlow(ids);
        if (strangers.length > 0) {
          throw invalidParameter(`The specified parameters are invalid: ${parameter}: ${strangers.join(", ")} ${strangers.length === 1 ? "is not a node" : "are not nodes"} of the manual flow "${request.flowName}".`);
        }
      }
      const includeIds = request.includeNodeIds ?? [...flow.byId.keys()];
      const excludeIds = request.excludeNodeIds ?? [];
      const runIds = new Set([...includeIds, ...excludeIds]);
      const dagParameters = checkDagParameters(request.dagParameters ?? {});
      const nodeParameters = toParamOverrides(request.nodeParameters ?? {}, runIds, "NodeParameters");
      const paramOverrides = new Map<bigint, string>();
      for (const nodeId of runIds) {
        const own = nodeParameters.get(nodeId) ?? flow.byId.get(nodeId)!.paramValues;
        paramOverrides.set(nodeId, Object.keys(dagParameters).length === 0 ? own : withDagParameters(own, dagParameters));
      }

      const plan = planSubsetInstances({
        nodes: flow.planNodes.map((node) => ({ ...node, cronExpress: ONCE_A_DAY })),
        includeIds,
        excludeIds,
        bizdate: request.bizdate,
        timezone: project.timezone,
      });
      const dagId = await allocateIds(tx, "dag", 1);
      await createRunDag(tx, {
        id: dagId,
        projectId: request.projectId,
        type: "MANUAL",
        name: request.flowName,
        bizdate: request.bizdate,
        timezone: project.timezone,
        createUser: context.operator,
        now: context.now,
        plan,
        nodes: flow.byId,
        paramOverrides,
      });
      return {
        value: dagId,
        result: "APPLIED",
        target: { targetType: "workspace", targetId: request.projectId, projectId: request.projectId },
        before: "",
        after: JSON.stringify({ dagId: String(dagId), flowName: request.flowName }),
      };
    },
    replay: (recorded) => BigInt((JSON.parse(recorded.after) as { dagId: string }).dagId),
  });
}
