import "server-only";
import type { TInstanceDetail, TInstanceNodeFacts } from "@/lib/contracts/instance-detail";
import { ApiError } from "@/lib/server/http/api-error";
import { toInstanceSummary } from "@/lib/server/instances/instance-mapper";
import { isUnknownActionError } from "@/lib/server/instances/upstream-code";
import { getUpstreamNodeOrThrow } from "@/lib/server/nodes/get-node";
import { toNodeDefinition } from "@/lib/server/nodes/node-mapper";
import type { TUpstreamNode } from "@/lib/server/nodes/upstream-schemas";
import { getWorkspaceClient, type TWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { deriveWaitingReason, findSuspension } from "./derive-waiting-reason";
import { findParentInstances } from "./find-parent-instances";
import { getUpstreamInstanceOrThrow } from "./get-upstream-instance";
import { ZListInstanceOperationsAnswer } from "./upstream-schemas";

function toNodeFacts(node: TUpstreamNode): TInstanceNodeFacts {
  const definition = toNodeDefinition(node);
  return {
    nodeId: definition.nodeId,
    name: definition.name,
    owner: definition.owner,
    programType: definition.programType,
    resourceGroup: definition.resourceGroup,
    cronExpress: definition.cronExpress,
    schedulerType: definition.schedulerType,
    isRerunnable: definition.isRerunnable,
    rerunIntervalSeconds: definition.rerunIntervalSeconds,
    priority: definition.priority,
  };
}

/** The node of an instance, or null when it was removed by a deploy (its instances stay). */
async function findNode(workspace: TWorkspaceClient, nodeId: string): Promise<TUpstreamNode | null> {
  try {
    return await getUpstreamNodeOrThrow(workspace, nodeId);
  } catch (error) {
    if (error instanceof ApiError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** Who suspended the instance, from the engine's operations history (absent on real DataWorks). */
async function findSuspensionOf(workspace: TWorkspaceClient, instanceId: string) {
  try {
    const answer = await workspace.client.call("ListInstanceOperations", { InstanceId: instanceId, PageSize: 50, ProjectEnv: "PROD" }, ZListInstanceOperationsAnswer);
    return findSuspension(
      answer.Data.Operations.map((operation) => ({
        action: operation.Action,
        result: operation.Result,
        operator: operation.Operator ?? "",
        reason: operation.Reason ?? "",
        at: new Date(operation.OperateTime).toISOString(),
      })),
    );
  } catch (error) {
    if (!isUnknownActionError(error)) console.warn(`[instance-detail] suspension of ${instanceId} unknown: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** One instance with its node and, while it waits, why (GetInstance, GetNode, and the lookups the reason needs). */
export async function getInstanceDetailOrThrow(input: { serviceId: number; projectId: string; instanceId: string }): Promise<TInstanceDetail> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const wire = await getUpstreamInstanceOrThrow(workspace, input.instanceId);
  const node = await findNode(workspace, wire.NodeId);
  const instance = toInstanceSummary(wire, { timezone: workspace.timezone, node: node ? { owner: node.OwnerId ?? "", programType: node.ProgramType ?? "" } : null });
  const needsParents = instance.status === "NOT_RUN" && !instance.isSuspended && instance.taskType !== "PAUSE";
  const [parents, suspension] = await Promise.all([
    needsParents ? findParentInstances(workspace, wire) : Promise.resolve([]),
    instance.isSuspended ? findSuspensionOf(workspace, instance.instanceId) : Promise.resolve(null),
  ]);
  const waitingReason = deriveWaitingReason({ instance, parents, suspension, resourceGroup: node?.ResGroupName ?? null });
  return { instance, node: node ? toNodeFacts(node) : null, waitingReason, timezone: workspace.timezone };
}
