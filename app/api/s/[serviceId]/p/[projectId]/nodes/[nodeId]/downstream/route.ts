import { ZNodeDownstream, ZNodeParams } from "@/lib/contracts/nodes";
import { withRoute } from "@/lib/server/http/with-route";
import { getNodeDownstreamOrThrow } from "@/lib/server/nodes/get-node-downstream";

/** GET …/nodes/{nodeId}/downstream — every node below it (the backfill's "with all downstream"). */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZNodeParams, response: ZNodeDownstream },
  handler: ({ params }) => getNodeDownstreamOrThrow(params),
});
