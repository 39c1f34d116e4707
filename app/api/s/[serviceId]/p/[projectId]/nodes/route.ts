import { ZNodeList, ZNodeListQuery } from "@/lib/contracts/nodes";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { withRoute } from "@/lib/server/http/with-route";
import { listNodes } from "@/lib/server/nodes/list-nodes";

/** GET /api/s/{serviceId}/p/{projectId}/nodes?name=&owner=&programType=&page=&pageSize= — the workspace's nodes. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZNodeListQuery, response: ZNodeList },
  handler: ({ params, query }) => listNodes({ serviceId: params.serviceId, projectId: params.projectId, query }),
});
