import { ZTopicDetail, ZTopicParams } from "@/lib/contracts/topics";
import { withRoute } from "@/lib/server/http/with-route";
import { getTopic } from "@/lib/server/topics/get-topic";

/** GET /api/s/{serviceId}/p/{projectId}/topics/{topicId} — one event and the baselines it threatens. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZTopicParams, response: ZTopicDetail },
  handler: ({ params }) => getTopic(params),
});
