import "server-only";
import { TtlCache } from "@/lib/server/instances/ttl-cache";
import { ZNodeRelativesAnswer } from "@/lib/server/nodes/upstream-schemas";
import type { DataWorksClient } from "@/lib/server/upstream/dataworks";

/** Node dependencies change only on deploy: a minute of caching spares the level-2 GetNodeParents/Children quota. */
const relations = new TtlCache<string[]>(60_000, 20_000);

/** IDs of a node's direct parents (`UPSTREAM`) or children (`DOWNSTREAM`), cached per service. */
export function getRelatedNodeIds(client: DataWorksClient, serviceId: number, nodeId: string, direction: "UPSTREAM" | "DOWNSTREAM"): Promise<string[]> {
  return relations.get(`${serviceId}:${direction}:${nodeId}`, async () => {
    const action = direction === "UPSTREAM" ? "GetNodeParents" : "GetNodeChildren";
    const answer = await client.call(action, { NodeId: nodeId, ProjectEnv: "PROD" }, ZNodeRelativesAnswer);
    return answer.Data.Nodes.map((node) => node.NodeId);
  });
}
