import { ZInstanceDetail, ZInstanceParams } from "@/lib/contracts/instance-detail";
import { withRoute } from "@/lib/server/http/with-route";
import { getInstanceDetailOrThrow } from "@/lib/server/instance-detail/get-instance-detail";

/**
 * GET /api/s/{serviceId}/p/{projectId}/instances/{instanceId} — one instance with its node and, while
 * it waits, why. Its log, graph and history: log/, graph/, operations/. Actions: ../actions/{action}.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZInstanceParams, response: ZInstanceDetail },
  handler: ({ params }) => getInstanceDetailOrThrow(params),
});
