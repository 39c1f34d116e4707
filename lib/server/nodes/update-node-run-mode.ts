import "server-only";
import type { TNodeOperationResult } from "@/lib/contracts/nodes";
import type { TActor } from "@/lib/server/auth/actor";
import { getUpstreamNodeOrThrow } from "./get-node";
import { toNodeDefinition } from "./node-mapper";
import { runAudited } from "./run-audited";
import { ZSuccessAnswer } from "./upstream-schemas";
import { getWorkspaceClient } from "./workspace-client";

export type TNodeCommand = { serviceId: number; projectId: string; nodeId: string; reason: string; actor: TActor; requestId: string };

/** DataWorks' SchedulerType codes for UpdateNodeRunMode. */
const FREEZE = 2;
const UNFREEZE = 0;

/**
 * Freezes (PAUSE) or unfreezes a node with UpdateNodeRunMode, as the signed-in user, with the
 * reason; one audit record whatever the outcome. Answers the node as it is afterwards.
 */
export async function updateNodeRunMode(input: TNodeCommand & { isFrozen: boolean }): Promise<TNodeOperationResult> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const { value, auditId } = await runAudited(
    { actor: input.actor, action: input.isFrozen ? "nodes.freeze" : "nodes.unfreeze", targetType: "node", targetIds: [input.nodeId], reason: input.reason, requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const before = await getUpstreamNodeOrThrow(workspace, input.nodeId);
      await workspace.client.call(
        "UpdateNodeRunMode",
        { NodeId: input.nodeId, ProjectEnv: "PROD", SchedulerType: input.isFrozen ? FREEZE : UNFREEZE, Operator: input.actor.username, Reason: input.reason },
        ZSuccessAnswer,
      );
      const after = await getUpstreamNodeOrThrow(workspace, input.nodeId);
      return { value: after, details: { before: { schedulerType: before.SchedulerType ?? null }, after: { schedulerType: after.SchedulerType ?? null } } };
    },
  );
  return { node: toNodeDefinition(value), auditId };
}
