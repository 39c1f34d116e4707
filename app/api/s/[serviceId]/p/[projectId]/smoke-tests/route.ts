import { ZSmokeTestBody, ZSmokeTestResult } from "@/lib/contracts/nodes";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { runSmokeTest } from "@/lib/server/dags/run-smoke-test";
import { withRoute } from "@/lib/server/http/with-route";

/** POST /api/s/{serviceId}/p/{projectId}/smoke-tests `{ nodeId, bizdate, nodeParams?, reason }` — run one node once, alone (operator; audited). */
export const POST = withRoute({
  auth: "operator",
  successStatus: 201,
  schemas: { params: ZWorkspaceParams, body: ZSmokeTestBody, response: ZSmokeTestResult },
  handler: ({ params, body, actor, requestId }) => runSmokeTest({ serviceId: params.serviceId, projectId: params.projectId, ...body, actor, requestId }),
});
