import { ZDataSourceParams, ZDataSourceTestResult, ZTestDataSourceBody } from "@/lib/contracts/connectivity";
import { testDataSource } from "@/lib/server/connectivity/test-data-source";
import { withRoute } from "@/lib/server/http/with-route";

/** POST …/connectivity/data-sources/{id}/test `{ resourceGroupId }` — test it from that group, step by step (operator; audited). */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZDataSourceParams, body: ZTestDataSourceBody, response: ZDataSourceTestResult },
  handler: ({ params, body, actor, requestId }) => testDataSource({ ...params, resourceGroupId: body.resourceGroupId, actor, requestId }),
});
