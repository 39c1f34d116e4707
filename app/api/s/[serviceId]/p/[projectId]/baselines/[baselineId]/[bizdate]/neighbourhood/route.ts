import { ZBaselineInstanceParams, ZKeyPathNeighbourhood, ZKeyPathNeighbourhoodQuery } from "@/lib/contracts/baselines";
import { getKeyPathNeighbourhood } from "@/lib/server/baselines/get-key-path-neighbourhood";
import { withRoute } from "@/lib/server/http/with-route";

/**
 * GET /api/s/{serviceId}/p/{projectId}/baselines/{baselineId}/{bizdate}/neighbourhood?inGroupId&hops —
 * the baseline instance's key path with every key path instance's upstream and downstream
 * instances to `hops` (1 or 2) edges, at most 2,000 instances: the instance page's graph.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZBaselineInstanceParams, query: ZKeyPathNeighbourhoodQuery, response: ZKeyPathNeighbourhood },
  handler: ({ params, query }) => getKeyPathNeighbourhood({ ...params, inGroupId: query.inGroupId, hops: query.hops }),
});
