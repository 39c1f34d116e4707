import { ZBackfillBody, ZBackfillResult } from "@/lib/contracts/dags";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { runBackfill } from "@/lib/server/dags/run-backfill";
import { withRoute } from "@/lib/server/http/with-route";

/**
 * POST /api/s/{serviceId}/p/{projectId}/backfills — start a backfill (RunCycleDagNodes): one DAG per
 * business date (operator; reason required; audited). What it would create: preview/.
 */
export const POST = withRoute({
  auth: "operator",
  successStatus: 201,
  schemas: { params: ZWorkspaceParams, body: ZBackfillBody, response: ZBackfillResult },
  handler: ({ params, body, actor, requestId }) => runBackfill({ serviceId: params.serviceId, projectId: params.projectId, backfill: body, actor, requestId }),
});
