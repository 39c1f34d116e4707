import { ZBaselineNodeList, ZBaselineParams } from "@/lib/contracts/baselines";
import { listBaselineNodes } from "@/lib/server/baselines/list-baseline-nodes";
import { withRoute } from "@/lib/server/http/with-route";

/** GET /api/s/{serviceId}/p/{projectId}/baselines/{baselineId}/nodes — the nodes the baseline watches. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZBaselineParams, response: ZBaselineNodeList },
  handler: ({ params }) => listBaselineNodes({ serviceId: params.serviceId, baselineId: params.baselineId }),
});
