import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { ZOverviewQuery, ZOverviewStats } from "@/lib/contracts/stats";
import { withRoute } from "@/lib/server/http/with-route";
import { getOverviewStats } from "@/lib/server/stats/get-overview-stats";

/**
 * GET /api/s/{serviceId}/p/{projectId}/stats/overview?bizdate=YYYY-MM-DD — the overview's
 * statistics for a business date (default: the current one in the workspace's zone), fetched in
 * parallel; each part carries its data or its own error.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZOverviewQuery, response: ZOverviewStats },
  handler: ({ params, query }) => getOverviewStats({ serviceId: params.serviceId, projectId: params.projectId, bizdate: query.bizdate }),
});
