import "server-only";
import type { TNodeCode } from "@/lib/contracts/nodes";
import { getUpstreamNodeOrThrow } from "./get-node";
import { ZGetNodeCodeAnswer } from "./upstream-schemas";
import { getWorkspaceClient } from "./workspace-client";

/** A node's code as deployed (GetNodeCode; "" for a VIRTUAL node). */
export async function getNodeCodeOrThrow(input: { serviceId: number; projectId: string; nodeId: string }): Promise<TNodeCode> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const node = await getUpstreamNodeOrThrow(workspace, input.nodeId);
  const answer = await workspace.client.call("GetNodeCode", { NodeId: input.nodeId, ProjectEnv: "PROD" }, ZGetNodeCodeAnswer);
  return { code: answer.Data ?? "", programType: node.ProgramType ?? "" };
}
