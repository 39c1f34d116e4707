import { ZBaselineInstanceDetail, ZBaselineInstanceParams, ZBaselineInstanceQuery } from "@/lib/contracts/baselines";
import { getBaselineInstance } from "@/lib/server/baselines/get-baseline-instance";
import { withRoute } from "@/lib/server/http/with-route";

/**
 * GET /api/s/{serviceId}/p/{projectId}/baselines/{baselineId}/{bizdate}?inGroupId — one baseline
 * instance: status, prediction, block and last instance, and its key path with the events on it.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZBaselineInstanceParams, query: ZBaselineInstanceQuery, response: ZBaselineInstanceDetail },
  handler: ({ params, query }) => getBaselineInstance({ ...params, inGroupId: query.inGroupId }),
});
