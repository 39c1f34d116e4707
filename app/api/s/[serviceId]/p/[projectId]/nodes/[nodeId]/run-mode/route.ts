import { ZNodeOperationResult, ZNodeParams, ZNodeRunModeBody } from "@/lib/contracts/nodes";
import { withRoute } from "@/lib/server/http/with-route";
import { updateNodeRunMode } from "@/lib/server/nodes/update-node-run-mode";

/** POST …/nodes/{nodeId}/run-mode `{ isFrozen, reason }` — freeze or unfreeze the node (operator; audited). */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZNodeParams, body: ZNodeRunModeBody, response: ZNodeOperationResult },
  handler: ({ params, body, actor, requestId }) => updateNodeRunMode({ ...params, isFrozen: body.isFrozen, reason: body.reason, actor, requestId }),
});
