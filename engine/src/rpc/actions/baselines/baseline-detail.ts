import { buildBaselineGraph, evaluateBaselineGraph, findMemberInstances, type BaselineEvaluation, type BaselineGraph } from "../../../monitor/baselines/evaluate";
import type { BaselineConfig } from "../../../monitor/baselines/baseline-config";
import type { Database } from "../../../store/database";
import type { IsoTime } from "../../params";
import { getProjectOrThrow } from "../common/lookups";
import { baselineStatusNotExist, getBaselineOrThrow } from "./baseline-wire";

export type BaselineDetail = { baseline: BaselineConfig; graph: BaselineGraph; evaluation: BaselineEvaluation };

/**
 * One baseline instance evaluated at `now` from the store (its upstream graph predicted from
 * scratch): what GetBaselineStatus and GetBaselineKeyPath answer. The monitor service keeps the
 * same evaluation in baseline_instance for the lists.
 */
export async function loadBaselineDetail(db: Database, request: { baselineId: bigint; bizdate: IsoTime; inGroupId: number; now: number }): Promise<BaselineDetail> {
  const baseline = await getBaselineOrThrow(db, request.baselineId);
  const project = await getProjectOrThrow(db, baseline.projectId);
  const members = (await findMemberInstances(db, baseline, request.bizdate.localDate, project.timezone)).get(request.inGroupId);
  if (!members || members.length === 0) throw baselineStatusNotExist();
  const graph = await buildBaselineGraph(db, members, request.now);
  const evaluation = evaluateBaselineGraph(graph, baseline, { bizdate: request.bizdate.localDate, inGroupId: request.inGroupId, timezone: project.timezone, now: request.now });
  if (!evaluation) throw baselineStatusNotExist();
  return { baseline, graph, evaluation };
}

/** BlockInstance / LastInstance of GetBaselineStatus. */
export function toInstanceRefWire(detail: BaselineDetail, instanceId: bigint | null) {
  if (instanceId === null) return null;
  const instance = detail.graph.instances.get(instanceId);
  if (!instance) return null;
  const node = detail.graph.nodes.get(instance.nodeId);
  return {
    InstanceId: instance.id,
    NodeId: instance.nodeId,
    NodeName: node?.name ?? "",
    Owner: node?.owner ?? "",
    ProjectId: instance.projectId,
    Status: instance.status,
    EndCast: detail.graph.model.forecast(instance.id)?.endCast ?? null,
    FinishTime: instance.finishTime,
  };
}
