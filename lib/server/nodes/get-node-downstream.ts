import "server-only";
import { MAX_DOWNSTREAM_NODES, type TNodeDownstream, type TNodeRelative } from "@/lib/contracts/nodes";
import { mapWithConcurrency } from "@/lib/server/instances/concurrency";
import { getUpstreamNodeOrThrow } from "./get-node";
import { toNodeRelative, toNodeSummary } from "./node-mapper";
import { ZNodeRelativesAnswer } from "./upstream-schemas";
import { getWorkspaceClient } from "./workspace-client";

/** GetNodeChildren calls in flight at once (a level-2 Action: 20 calls a second per AccessKey). */
const CHILDREN_CONCURRENCY = 4;

/**
 * The node and every node below it, level by level (GetNodeChildren gives one level), nearest
 * first, each once; at most MAX_DOWNSTREAM_NODES, then `isTruncated`.
 */
export async function getNodeDownstreamOrThrow(input: { serviceId: number; projectId: string; nodeId: string }): Promise<TNodeDownstream> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const rootNode = toNodeSummary(await getUpstreamNodeOrThrow(workspace, input.nodeId));
  const root: TNodeRelative = { nodeId: rootNode.nodeId, name: rootNode.name, owner: rootNode.owner, programType: rootNode.programType, schedulerType: rootNode.schedulerType, cronExpress: rootNode.cronExpress };
  const seen = new Set<string>([root.nodeId]);
  const found: TNodeRelative[] = [];
  let level: string[] = [root.nodeId];
  let isTruncated = false;
  while (level.length > 0 && !isTruncated) {
    const answers = await mapWithConcurrency(level, CHILDREN_CONCURRENCY, (nodeId) =>
      workspace.client.call("GetNodeChildren", { NodeId: nodeId, ProjectEnv: "PROD" }, ZNodeRelativesAnswer),
    );
    const next: string[] = [];
    for (const answer of answers) {
      for (const child of answer.Data.Nodes) {
        if (seen.has(child.NodeId)) continue;
        if (found.length >= MAX_DOWNSTREAM_NODES) {
          isTruncated = true;
          break;
        }
        seen.add(child.NodeId);
        found.push(toNodeRelative(child));
        next.push(child.NodeId);
      }
    }
    level = next;
  }
  return { root, nodes: found, isTruncated };
}
