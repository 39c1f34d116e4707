import { ZBatchTestBody, ZBatchTestResult, ZConnectivityParams } from "@/lib/contracts/connectivity";
import { testBatch } from "@/lib/server/connectivity/test-batch";
import { withRoute } from "@/lib/server/http/with-route";

/** POST …/connectivity/batch-tests `{ dataSourceIds?, resourceGroupIds? }` — every data source × resource group, one result each (operator; audited). */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZConnectivityParams, body: ZBatchTestBody, response: ZBatchTestResult },
  handler: ({ params, body, actor, requestId }) => testBatch({ ...params, body, actor, requestId }),
});
