import "server-only";
import type { TNodeOperationResult } from "@/lib/contracts/nodes";
import { getUpstreamNodeOrThrow } from "./get-node";
import { toNodeDefinition } from "./node-mapper";
import { runAudited } from "./run-audited";
import { ZSuccessAnswer } from "./upstream-schemas";
import type { TNodeCommand } from "./update-node-run-mode";
import { getWorkspaceClient } from "./workspace-client";

/** Gives a node a new owner with UpdateNodeOwner; audited like the run mode. */
export async function updateNodeOwner(input: TNodeCommand & { ownerId: string }): Promise<TNodeOperationResult> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const { value, auditId } = await runAudited(
    { actor: input.actor, action: "nodes.owner", targetType: "node", targetIds: [input.nodeId], reason: input.reason, requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const before = await getUpstreamNodeOrThrow(workspace, input.nodeId);
      await workspace.client.call(
        "UpdateNodeOwner",
        { NodeId: input.nodeId, ProjectEnv: "PROD", UserId: input.ownerId, Operator: input.actor.username, Reason: input.reason },
        ZSuccessAnswer,
      );
      const after = await getUpstreamNodeOrThrow(workspace, input.nodeId);
      return { value: after, details: { before: { ownerId: before.OwnerId ?? null }, after: { ownerId: after.OwnerId ?? null } } };
    },
  );
  return { node: toNodeDefinition(value), auditId };
}
