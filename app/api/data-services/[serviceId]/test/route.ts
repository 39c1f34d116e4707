import { ZDataServiceIdParams, ZDataServiceTestResult } from "@/lib/contracts/data-services";
import { testDataService } from "@/lib/server/data-services/test-data-service";
import { withRoute } from "@/lib/server/http/with-route";

/** POST /api/data-services/{serviceId}/test — ListProjects with the stored AccessKey; steps, latency, project count (admin). */
export const POST = withRoute({
  auth: "admin",
  schemas: { params: ZDataServiceIdParams, response: ZDataServiceTestResult },
  handler: ({ params, actor, requestId }) => testDataService({ serviceId: params.serviceId, actor, requestId }),
});
