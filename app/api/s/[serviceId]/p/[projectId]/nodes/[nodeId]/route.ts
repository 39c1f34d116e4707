import { ZNodeDetail, ZNodeParams } from "@/lib/contracts/nodes";
import { withRoute } from "@/lib/server/http/with-route";
import { getNodeDetailOrThrow } from "@/lib/server/nodes/get-node-detail";

/**
 * GET …/nodes/{nodeId} — the node's definition with its parents and children. Its code: code/; all
 * below it: downstream/; freeze/unfreeze: run-mode/; owner: owner/.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZNodeParams, response: ZNodeDetail },
  handler: ({ params }) => getNodeDetailOrThrow(params),
});
