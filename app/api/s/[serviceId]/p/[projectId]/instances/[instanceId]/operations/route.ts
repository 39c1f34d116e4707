import { ZInstanceParams, ZOperationHistory } from "@/lib/contracts/instance-detail";
import { withRoute } from "@/lib/server/http/with-route";
import { listOperationHistoryOrThrow } from "@/lib/server/instance-detail/list-operation-history";

/** GET …/instances/{instanceId}/operations — what was asked of it: the engine's operations audit and the console's records. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZInstanceParams, response: ZOperationHistory },
  handler: ({ params }) => listOperationHistoryOrThrow(params),
});
