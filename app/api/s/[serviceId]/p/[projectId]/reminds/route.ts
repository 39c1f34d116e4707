import { ZRemindBody, ZRemindList, ZRemindListQuery, ZRemindResult } from "@/lib/contracts/alerts";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { createRemind } from "@/lib/server/alerts/create-remind";
import { listReminds } from "@/lib/server/alerts/list-reminds";
import { withRoute } from "@/lib/server/http/with-route";

/** GET /api/s/{serviceId}/p/{projectId}/reminds?search&type&page&pageSize — the custom alert rules. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZRemindListQuery, response: ZRemindList },
  handler: ({ params, query }) => listReminds({ serviceId: params.serviceId, projectId: params.projectId, query }),
});

/** POST …/reminds — create a rule (operator or admin; every field validated by name; audited). */
export const POST = withRoute({
  auth: "operator",
  successStatus: 201,
  schemas: { params: ZWorkspaceParams, body: ZRemindBody, response: ZRemindResult },
  handler: ({ params, body, actor, requestId }) => createRemind({ serviceId: params.serviceId, projectId: params.projectId, body, actor, requestId }),
});
