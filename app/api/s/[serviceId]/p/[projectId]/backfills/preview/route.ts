import { ZBackfillPreview, ZBackfillPreviewBody } from "@/lib/contracts/dags";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { previewBackfill } from "@/lib/server/dags/preview-backfill";
import { withRoute } from "@/lib/server/http/with-route";

/** POST …/backfills/preview — how many DAGs and instances a backfill would create (creates nothing). */
export const POST = withRoute({
  auth: "operator",
  schemas: { params: ZWorkspaceParams, body: ZBackfillPreviewBody, response: ZBackfillPreview },
  handler: ({ params, body }) => previewBackfill({ serviceId: params.serviceId, projectId: params.projectId, backfill: body }),
});
