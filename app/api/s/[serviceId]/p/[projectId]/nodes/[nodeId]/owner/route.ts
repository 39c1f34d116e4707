import { ZNodeOperationResult, ZNodeOwnerBody, ZNodeParams } from "@/lib/contracts/nodes";
import { withRoute } from "@/lib/server/http/with-route";
import { updateNodeOwner } from "@/lib/server/nodes/update-node-owner";

/** POST …/nodes/{nodeId}/owner `{ ownerId, reason }` — give the node a new owner (operator; audited). */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZNodeParams, body: ZNodeOwnerBody, response: ZNodeOperationResult },
  handler: ({ params, body, actor, requestId }) => updateNodeOwner({ ...params, ownerId: body.ownerId, reason: body.reason, actor, requestId }),
});
