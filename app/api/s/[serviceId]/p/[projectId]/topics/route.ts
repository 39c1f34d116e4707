import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { ZTopicList, ZTopicListQuery } from "@/lib/contracts/topics";
import { withRoute } from "@/lib/server/http/with-route";
import { listTopics } from "@/lib/server/topics/list-topics";

/** GET /api/s/{serviceId}/p/{projectId}/topics?from&to&status&type&page&pageSize — events discovered in the range. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZTopicListQuery, response: ZTopicList },
  handler: ({ params, query }) => listTopics({ serviceId: params.serviceId, projectId: params.projectId, query }),
});
