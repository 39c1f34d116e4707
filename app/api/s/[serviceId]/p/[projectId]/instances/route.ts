import { ZInstanceListPage, ZInstanceListQuery } from "@/lib/contracts/instances";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { withRoute } from "@/lib/server/http/with-route";
import { listInstancePage } from "@/lib/server/instances/list-instances";

/**
 * GET /api/s/{serviceId}/p/{projectId}/instances — one page of the workspace's instances, filtered
 * (bizdate or range, status, node, owner, type, DAG type, baseline, suspended), newest cycle first.
 * POST …/instances/actions/preview and …/instances/actions/{action}: see actions/.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZInstanceListQuery, response: ZInstanceListPage },
  handler: ({ params, query }) => listInstancePage({ serviceId: params.serviceId, projectId: params.projectId, query }),
});
