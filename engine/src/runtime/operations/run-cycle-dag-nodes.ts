import { z } from "zod";
import { addDays, parseCalendarDay } from "../../schedule/calendar";
import { planSubsetInstances, type InstancePlan } from "../../schedule/plan";
import { allocateIds } from "../../store/ids";
import type { OperationContext } from "./context";
import { createRunDag } from "./create-run-dag";
import { toParamOverrides } from "./node-parameters";
import { ZBizdate, ZDagName, ZNodeId, ZNodeParamsByNode, ZTimeOfDay } from "./operation-inputs";
import { performOperation } from "./perform-operation";
import { loadPlanNodes } from "./plan-nodes";
import { invalidParameter, nodeNotFound, projectNotFound, refusalFromIssues } from "./refusal";

export const MAX_BACKFILL_DAYS = 366;
export const MAX_BACKFILL_NODES = 1_000;
/** Keeps one request's transaction bounded (minute nodes over a year would be millions of rows). */
export const MAX_BACKFILL_INSTANCES = 100_000;

export const ZRunCycleDagNodesInput = z.object({
  projectId: z.bigint().positive().optional(),
  name: ZDagName,
  rootNodeId: ZNodeId,
  includeNodeIds: z.array(ZNodeId).min(1, "must name at least one node"),
  excludeNodeIds: z.array(ZNodeId).default([]),
  startBizdate: ZBizdate,
  endBizdate: ZBizdate,
  bizBeginTime: ZTimeOfDay.optional(),
  bizEndTime: ZTimeOfDay.optional(),
  parallelism: z.boolean(),
  nodeParams: ZNodeParamsByNode.optional(),
});
export type RunCycleDagNodesInput = z.input<typeof ZRunCycleDagNodesInput>;

const PARAMETER_NAMES = {
  projectId: "ProjectId",
  name: "Name",
  rootNodeId: "RootNodeId",
  includeNodeIds: "IncludeNodeIds",
  excludeNodeIds: "ExcludeNodeIds",
  startBizdate: "StartBizDate",
  endBizdate: "EndBizDate",
  bizBeginTime: "BizBeginTime",
  bizEndTime: "BizEndTime",
  parallelism: "Parallelism",
  nodeParams: "NodeParams",
};

/**
 * RunCycleDagNodes (backfill): one SUPPLY_DATA DAG per bizdate from StartBizDate to EndBizDate
 * (inclusive), all sharing one OpSeq (the first DAG's ID). Excluded nodes run dry. With
 * Parallelism=false each DAG waits for the one of the day before to succeed. Returns the DAG IDs.
 */
export function runCycleDagNodes(context: OperationContext, input: RunCycleDagNodesInput): Promise<bigint[]> {
  const requestedRoot = typeof input?.rootNodeId === "bigint" ? input.rootNodeId : 0n;
  const requestedProject = typeof input?.projectId === "bigint" ? input.projectId : null;
  return performOperation<bigint[]>(context, {
    action: "RunCycleDagNodes",
    requested: { targetType: "node", targetId: requestedRoot, projectId: requestedProject },
    timeoutMs: 300_000,
    work: async (tx) => {
      const parsed = ZRunCycleDagNodesInput.safeParse(input);
      if (!parsed.success) throw refusalFromIssues(parsed.error, PARAMETER_NAMES);
      const request = parsed.data;
      const bizdates = backfillBizdates(request.startBizdate, request.endBizdate);
      const window = backfillWindow(request.bizBeginTime, request.bizEndTime);
      if (!request.includeNodeIds.includes(request.rootNodeId)) {
        throw invalidParameter(`The specified parameters are invalid: RootNodeId ${request.rootNodeId} must be one of IncludeNodeIds.`);
      }
      const scope = [...new Set([...request.includeNodeIds, ...request.excludeNodeIds])];
      if (scope.length > MAX_BACKFILL_NODES) {
        throw invalidParameter(`The specified parameters are invalid: IncludeNodeIds and ExcludeNodeIds name ${scope.length} nodes; at most ${MAX_BACKFILL_NODES}.`);
      }

      const nodes = await loadPlanNodes(tx, scope);
      const missingIncluded = request.includeNodeIds.filter((id) => !nodes.byId.has(id));
      if (missingIncluded.length > 0) throw nodeNotFound(missingIncluded, "IncludeNodeIds");
      const missingExcluded = request.excludeNodeIds.filter((id) => !nodes.byId.has(id));
      if (missingExcluded.length > 0) throw nodeNotFound(missingExcluded, "ExcludeNodeIds");
      const projectIds = [...new Set([...nodes.byId.values()].map((node) => node.projectId))];
      if (projectIds.length > 1) {
        throw invalidParameter(`The specified parameters are invalid: IncludeNodeIds and ExcludeNodeIds must name nodes of one project; they span projects ${projectIds.join(", ")}.`);
      }
      const projectId = projectIds[0]!;
      if (request.projectId !== undefined && request.projectId !== projectId) {
        throw invalidParameter(`The specified parameters are invalid: the nodes belong to project ${projectId}, not to ProjectId ${request.projectId}.`, { projectId: request.projectId });
      }
      const project = await tx.project.findUnique({ where: { id: projectId }, select: { timezone: true } });
      if (!project) throw projectNotFound(projectId);
      const paramOverrides = toParamOverrides(request.nodeParams ?? {}, new Set(scope), "NodeParams");

      const plans = bizdates.map((bizdate) => ({
        bizdate,
        plan: planSubsetInstances({
          nodes: nodes.planNodes,
          includeIds: request.includeNodeIds,
          excludeIds: request.excludeNodeIds,
          bizdate,
          timezone: project.timezone,
          window,
        }),
      }));
      checkPlanSizes(plans, window);

      const firstDagId = await allocateIds(tx, "dag", plans.length);
      const dagIds = plans.map((_, index) => firstDagId + BigInt(index));
      for (const [index, { bizdate, plan }] of plans.entries()) {
        const isHeld = !request.parallelism && index > 0;
        await createRunDag(tx, {
          id: dagIds[index]!,
          projectId,
          type: "SUPPLY_DATA",
          name: request.name,
          bizdate,
          timezone: project.timezone,
          createUser: context.operator,
          now: context.now,
          plan,
          nodes: nodes.byId,
          opSeq: firstDagId,
          parallelism: request.parallelism,
          afterDagId: isHeld ? dagIds[index - 1] : undefined,
          paramOverrides,
          extraPendingForRoots: isHeld ? 1 : 0,
        });
      }
      const after = JSON.stringify({ opSeq: String(firstDagId), dagIds: dagIds.map(String) });
      return {
        value: dagIds,
        result: "APPLIED",
        target: { targetType: "node", targetId: request.rootNodeId, projectId },
        before: "",
        after,
      };
    },
    replay: (recorded) => (JSON.parse(recorded.after) as { dagIds: string[] }).dagIds.map((id) => BigInt(id)),
  });
}

function backfillBizdates(start: string, end: string): string[] {
  const days = daysBetween(start, end);
  if (days < 0) throw invalidParameter(`The specified parameters are invalid: EndBizDate ${end} is before StartBizDate ${start}.`);
  if (days + 1 > MAX_BACKFILL_DAYS) {
    throw invalidParameter(`The specified parameters are invalid: StartBizDate ${start} to EndBizDate ${end} spans ${days + 1} days; at most ${MAX_BACKFILL_DAYS}.`);
  }
  return Array.from({ length: days + 1 }, (_, offset) => addDays(start, offset));
}

function daysBetween(start: string, end: string): number {
  const utc = (date: string) => {
    const { year, month, day } = parseCalendarDay(date);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(end) - utc(start)) / 86_400_000);
}

/** BizBeginTime / BizEndTime narrow hourly and minute nodes to a part of each day; one alone leaves the other end open. */
function backfillWindow(begin: string | undefined, end: string | undefined): { begin: string; end: string } | undefined {
  if (begin === undefined && end === undefined) return undefined;
  const window = { begin: begin ?? "00:00:00", end: end ?? "23:59:59" };
  if (window.begin > window.end) {
    throw invalidParameter(`The specified parameters are invalid: BizBeginTime ${window.begin} is after BizEndTime ${window.end}.`);
  }
  return window;
}

function checkPlanSizes(plans: readonly { bizdate: string; plan: InstancePlan }[], window: { begin: string; end: string } | undefined): void {
  const empty = plans.find(({ plan }) => plan.instances.length === 0);
  if (empty) {
    throw invalidParameter(
      `The specified parameters are invalid: BizBeginTime ${window?.begin ?? ""} to BizEndTime ${window?.end ?? ""} leaves no cycle to backfill on ${empty.bizdate}.`,
    );
  }
  const total = plans.reduce((sum, { plan }) => sum + plan.instances.length, 0);
  if (total > MAX_BACKFILL_INSTANCES) {
    throw invalidParameter(
      `The specified parameters are invalid: the backfill would create ${total} instances; at most ${MAX_BACKFILL_INSTANCES} in one request (narrow the dates or the nodes).`,
    );
  }
}
