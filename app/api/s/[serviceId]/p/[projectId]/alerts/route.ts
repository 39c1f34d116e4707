import { ZAlertList, ZAlertListQuery } from "@/lib/contracts/alerts";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { listAlertMessages } from "@/lib/server/alerts/list-alert-messages";
import { withRoute } from "@/lib/server/http/with-route";

/** GET /api/s/{serviceId}/p/{projectId}/alerts?from&to&source&status&receiver&remindId&page&pageSize — alert messages with delivery status. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZAlertListQuery, response: ZAlertList },
  handler: ({ params, query }) => listAlertMessages({ serviceId: params.serviceId, projectId: params.projectId, query }),
});
