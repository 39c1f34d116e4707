import { ZBaselineBoard, ZBaselineBoardQuery } from "@/lib/contracts/baselines";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { listBaselineBoard } from "@/lib/server/baselines/list-baseline-board";
import { withRoute } from "@/lib/server/http/with-route";

/**
 * GET /api/s/{serviceId}/p/{projectId}/baselines?bizdate&owner&priority&status&search — every
 * baseline instance of the business date (today's by default), most urgent first.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZBaselineBoardQuery, response: ZBaselineBoard },
  handler: ({ params, query }) => listBaselineBoard({ serviceId: params.serviceId, projectId: params.projectId, query }),
});
