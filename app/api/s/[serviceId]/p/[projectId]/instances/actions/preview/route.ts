import { ZActionPreview, ZActionPreviewBody } from "@/lib/contracts/instances";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { withRoute } from "@/lib/server/http/with-route";
import { previewInstanceAction } from "@/lib/server/instances/preview-instance-action";

/**
 * POST /api/s/{serviceId}/p/{projectId}/instances/actions/preview — what rerun / stop / suspend /
 * resume / set-success would do to `{ ids }` or `{ filter }` ("all that match", at most 1,000):
 * each instance's status now, whether the action applies, is a no-op or is refused, and the
 * downstream instances that depend on them. Changes nothing (so it is not audited).
 */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZWorkspaceParams, body: ZActionPreviewBody, response: ZActionPreview },
  handler: ({ params, body }) =>
    previewInstanceAction({ serviceId: params.serviceId, projectId: params.projectId, action: body.action, selection: { ids: body.ids, filter: body.filter } }),
});
