import { ZTopicActionBody, ZTopicActionResult, ZTopicParams } from "@/lib/contracts/topics";
import { withRoute } from "@/lib/server/http/with-route";
import { updateTopicStatus } from "@/lib/server/topics/update-topic-status";

/**
 * POST /api/s/{serviceId}/p/{projectId}/topics/{topicId}/status `{ action: fixing|ignore|handle, note }`
 * — mark an event being fixed, ignored or handled (operator; the note is required; audited).
 */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZTopicParams, body: ZTopicActionBody, response: ZTopicActionResult },
  handler: ({ params, body, actor, requestId }) => updateTopicStatus({ ...params, action: body.action, note: body.note, actor, requestId }),
});
