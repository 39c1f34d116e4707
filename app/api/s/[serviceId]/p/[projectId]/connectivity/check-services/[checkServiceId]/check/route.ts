import { ZCheckResult, ZCheckServiceParams, ZRunCheckBody } from "@/lib/contracts/connectivity";
import { runCheck } from "@/lib/server/connectivity/run-check";
import { withRoute } from "@/lib/server/http/with-route";

/** POST …/check-services/{id}/check — DTS `{ kind, source, destination }`, DLI `{ kind, connectionId }` or DRS `{ kind, jobs }` (operator; audited). */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZCheckServiceParams, body: ZRunCheckBody, response: ZCheckResult },
  handler: ({ params, body, actor, requestId }) => runCheck({ ...params, body, actor, requestId }),
});
