import { ZInstanceActionBody, ZInstanceActionParams, ZInstanceActionResult } from "@/lib/contracts/instances";
import { withRoute } from "@/lib/server/http/with-route";
import { runInstanceAction } from "@/lib/server/instances/run-instance-action";

/**
 * POST /api/s/{serviceId}/p/{projectId}/instances/actions/{rerun|stop|suspend|resume|set-success}
 * with `{ ids | filter, reason, expectedCount, requestKey }` — carries the action out on each
 * instance (operator role; reason required for set-success and for more than one instance) and
 * answers per-instance results: applied, noop, refused (with why) or failed. One audit record per
 * request; a retry with the same requestKey does not act twice.
 */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZInstanceActionParams, body: ZInstanceActionBody, response: ZInstanceActionResult },
  handler: ({ params, body, actor, requestId }) =>
    runInstanceAction({
      serviceId: params.serviceId,
      projectId: params.projectId,
      action: params.action,
      selection: { ids: body.ids, filter: body.filter },
      reason: body.reason,
      expectedCount: body.expectedCount,
      requestKey: body.requestKey,
      actor,
      requestId,
    }),
});
