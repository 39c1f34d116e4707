import "server-only";
import { z } from "zod";
import type { DataWorksClient } from "@/lib/server/upstream/dataworks";
import { mapWithConcurrency } from "./concurrency";
import type { TNodeFacts } from "./instance-mapper";
import { TtlCache } from "./ttl-cache";

/** GetNode's owner and program type: ListInstances names neither. */
const ZGetNodeFacts = z.object({ Data: z.object({ OwnerId: z.string().nullable().optional(), ProgramType: z.string().nullable().optional() }).passthrough() });

const facts = new TtlCache<TNodeFacts | null>(5 * 60_000, 20_000);

/**
 * Owner and program type of each node, read with GetNode (cached five minutes per node; a node
 * that cannot be read counts as unknown, never as an error of the whole list).
 */
export async function getNodeFacts(client: DataWorksClient, serviceId: number, nodeIds: readonly string[]): Promise<Map<string, TNodeFacts | null>> {
  const distinct = [...new Set(nodeIds)];
  const answers = await mapWithConcurrency(distinct, 8, (nodeId) =>
    facts
      .get(`${serviceId}:${nodeId}`, async () => {
        const answer = await client.call("GetNode", { NodeId: nodeId, ProjectEnv: "PROD" }, ZGetNodeFacts);
        return { owner: answer.Data.OwnerId ?? "", programType: answer.Data.ProgramType ?? "" };
      })
      .catch(() => null),
  );
  return new Map(distinct.map((nodeId, index) => [nodeId, answers[index] ?? null]));
}
