import "server-only";
import { z } from "zod";
import { zId } from "@/lib/contracts/common";
import type { DataWorksClient } from "@/lib/server/upstream/dataworks";
import { mapWithConcurrency } from "./concurrency";
import type { TNodeFacts } from "./instance-mapper";
import { TtlCache } from "./ttl-cache";

/** GetNode's owner and program type: ListInstances names neither. */
const ZGetNodeFacts = z.object({ Data: z.object({ OwnerId: z.string().nullable().optional(), ProgramType: z.string().nullable().optional() }).passthrough() });

const ZListNodeFacts = z.object({
  Data: z.object({
    TotalCount: z.number().int(),
    Nodes: z.array(z.object({ NodeId: zId, OwnerId: z.string().nullable().optional(), ProgramType: z.string().nullable().optional() }).passthrough()),
  }),
});

/** More nodes than this not yet known on one page: one walk of the workspace's node list costs less than a GetNode each. */
export const NODE_LISTING_THRESHOLD = 8;
/** DataWorks lists at most 100 nodes a page; a walk reads at most this many pages, then GetNode covers the rest. */
const NODE_LISTING_PAGE_SIZE = 100;
const NODE_LISTING_MAX_PAGES = 10;

const facts = new TtlCache<TNodeFacts | null>(5 * 60_000, 20_000);
/** One walk per workspace at a time, and at most one a minute: a page it missed goes on with GetNode. */
const listings = new TtlCache<void>(60_000, 1_000);

export type TNodeFactsWorkspace = { serviceId: number; projectId: string };

/**
 * Owner and program type of each node (cached five minutes per node; a node that cannot be read
 * counts as unknown, never as an error of the whole list). A page with many nodes not yet known
 * learns them from ListNodes pages first: a page of 100 instances can name 50 nodes, and a GetNode
 * each took the list 0.5–1.5 s on the embedded engine.
 */
export async function getNodeFacts(client: DataWorksClient, workspace: TNodeFactsWorkspace, nodeIds: readonly string[]): Promise<Map<string, TNodeFacts | null>> {
  const distinct = [...new Set(nodeIds)];
  const keyOf = (nodeId: string) => `${workspace.serviceId}:${nodeId}`;
  const unknown = distinct.filter((nodeId) => !facts.has(keyOf(nodeId)));
  if (unknown.length > NODE_LISTING_THRESHOLD) {
    // A failed walk only costs its time: GetNode still answers for each node.
    await listings.get(`${workspace.serviceId}:${workspace.projectId}`, () => learnFromNodeListing(client, workspace, new Set(unknown))).catch(() => undefined);
  }
  const answers = await mapWithConcurrency(distinct, 8, (nodeId) =>
    facts
      .get(keyOf(nodeId), async () => {
        const answer = await client.call("GetNode", { NodeId: nodeId, ProjectEnv: "PROD" }, ZGetNodeFacts);
        return { owner: answer.Data.OwnerId ?? "", programType: answer.Data.ProgramType ?? "" };
      })
      .catch(() => null),
  );
  return new Map(distinct.map((nodeId, index) => [nodeId, answers[index] ?? null]));
}

/** Reads ListNodes pages until every wanted node was seen, the list ends or the page limit is reached; caches every node seen. */
async function learnFromNodeListing(client: DataWorksClient, workspace: TNodeFactsWorkspace, wanted: Set<string>): Promise<void> {
  for (let page = 1; page <= NODE_LISTING_MAX_PAGES && wanted.size > 0; page++) {
    const answer = await client.call(
      "ListNodes",
      { ProjectId: workspace.projectId, ProjectEnv: "PROD", PageNumber: page, PageSize: NODE_LISTING_PAGE_SIZE },
      ZListNodeFacts,
    );
    for (const node of answer.Data.Nodes) {
      facts.set(`${workspace.serviceId}:${node.NodeId}`, Promise.resolve({ owner: node.OwnerId ?? "", programType: node.ProgramType ?? "" }));
      wanted.delete(node.NodeId);
    }
    if (answer.Data.Nodes.length === 0 || page * NODE_LISTING_PAGE_SIZE >= answer.Data.TotalCount) return;
  }
}
