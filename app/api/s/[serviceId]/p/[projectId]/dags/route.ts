import { ZDagList, ZDagListQuery } from "@/lib/contracts/dags";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { listDags } from "@/lib/server/dags/list-dags";
import { withRoute } from "@/lib/server/http/with-route";

/**
 * GET /api/s/{serviceId}/p/{projectId}/dags?type=&bizdate= — recent backfills, smoke tests and manual
 * runs (found through their instances), and the daily DAG of a business date.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZDagListQuery, response: ZDagList },
  handler: ({ params, query }) => listDags({ serviceId: params.serviceId, projectId: params.projectId, query }),
});
