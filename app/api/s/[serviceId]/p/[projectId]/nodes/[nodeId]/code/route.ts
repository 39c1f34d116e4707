import { ZNodeCode, ZNodeParams } from "@/lib/contracts/nodes";
import { withRoute } from "@/lib/server/http/with-route";
import { getNodeCodeOrThrow } from "@/lib/server/nodes/get-node-code";

/** GET …/nodes/{nodeId}/code — the node's code as deployed. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZNodeParams, response: ZNodeCode },
  handler: ({ params }) => getNodeCodeOrThrow(params),
});
