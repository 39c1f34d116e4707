import { ZConnectivityParams, ZPairTestBody, ZPairTestResult } from "@/lib/contracts/connectivity";
import { testPair } from "@/lib/server/connectivity/test-pair";
import { withRoute } from "@/lib/server/http/with-route";

/** POST …/connectivity/pair-tests `{ sourceId, destinationId, resourceGroupId }` — a sync task's two ends side by side (operator; audited). */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZConnectivityParams, body: ZPairTestBody, response: ZPairTestResult },
  handler: ({ params, body, actor, requestId }) => testPair({ ...params, ...body, actor, requestId }),
});
