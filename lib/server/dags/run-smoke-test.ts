import "server-only";
import type { TSmokeTestResult } from "@/lib/contracts/nodes";
import type { TActor } from "@/lib/server/auth/actor";
import { getUpstreamNodeOrThrow } from "@/lib/server/nodes/get-node";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { ZRunSmokeTestAnswer } from "./upstream-schemas";

/**
 * Runs one node once for one business date, alone (RunSmokeTest), as the signed-in user with the
 * reason; answers the smoke-test DAG. One audit record, whatever the outcome.
 */
export async function runSmokeTest(input: {
  serviceId: number;
  projectId: string;
  nodeId: string;
  bizdate: string;
  nodeParams?: string;
  reason: string;
  actor: TActor;
  requestId: string;
}): Promise<TSmokeTestResult> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const { value, auditId } = await runAudited(
    { actor: input.actor, action: "smoke-tests.create", targetType: "node", targetIds: [input.nodeId], reason: input.reason, requestId: input.requestId, serviceId: input.serviceId, projectId: input.projectId },
    async () => {
      const node = await getUpstreamNodeOrThrow(workspace, input.nodeId);
      const answer = await workspace.client.call(
        "RunSmokeTest",
        {
          ProjectEnv: "PROD",
          Bizdate: `${input.bizdate} 00:00:00`,
          Name: `smoke_${node.NodeName ?? input.nodeId}_${input.bizdate}`.slice(0, 128),
          NodeId: input.nodeId,
          NodeParams: input.nodeParams || undefined,
          Operator: input.actor.username,
          Reason: input.reason,
        },
        ZRunSmokeTestAnswer,
      );
      return { value: answer.Data, details: { bizdate: input.bizdate, nodeParams: input.nodeParams ?? null, dagId: answer.Data } };
    },
  );
  return { dagId: value, auditId };
}
