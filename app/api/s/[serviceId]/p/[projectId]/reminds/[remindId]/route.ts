import { ZRemindBody, ZRemindDefinition, ZRemindDeleteResult, ZRemindParams, ZRemindResult } from "@/lib/contracts/alerts";
import { deleteRemind } from "@/lib/server/alerts/delete-remind";
import { getRemind } from "@/lib/server/alerts/get-remind";
import { updateRemind } from "@/lib/server/alerts/update-remind";
import { withRoute } from "@/lib/server/http/with-route";

/** GET /api/s/{serviceId}/p/{projectId}/reminds/{remindId} — one rule with every setting. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZRemindParams, response: ZRemindDefinition },
  handler: ({ params }) => getRemind({ serviceId: params.serviceId, remindId: params.remindId }),
});

/** PUT …/reminds/{remindId} — replace the rule's settings (operator or admin; audited before and after). */
export const PUT = withRoute({
  auth: "operator",
  schemas: { params: ZRemindParams, body: ZRemindBody, response: ZRemindResult },
  handler: ({ params, body, actor, requestId }) => updateRemind({ ...params, body, actor, requestId }),
});

/** DELETE …/reminds/{remindId} — delete the rule (operator or admin; audited with what it was). */
export const DELETE = withRoute({
  auth: "operator",
  schemas: { params: ZRemindParams, response: ZRemindDeleteResult },
  handler: ({ params, actor, requestId }) => deleteRemind({ ...params, actor, requestId }),
});
