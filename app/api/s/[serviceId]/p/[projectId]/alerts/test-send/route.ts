import { ZTestSendBody, ZTestSendResult } from "@/lib/contracts/alerts";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { sendTestAlert } from "@/lib/server/alerts/send-test-alert";
import { withRoute } from "@/lib/server/http/with-route";

/**
 * POST /api/s/{serviceId}/p/{projectId}/alerts/test-send `{ channel } | { user, method }` — queue one
 * test alert through the data service's delivery (operator or admin; audited). Its outcome shows in
 * the alert messages within seconds.
 */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZWorkspaceParams, body: ZTestSendBody, response: ZTestSendResult },
  handler: ({ params, body, actor, requestId }) => sendTestAlert({ serviceId: params.serviceId, projectId: params.projectId, body, actor, requestId }),
});
