import { z } from "zod";
import { ZBaselineConfigList } from "@/lib/contracts/baselines";
import { ZWorkspaceParams } from "@/lib/contracts/projects";
import { listBaselineConfigs } from "@/lib/server/baselines/list-baseline-configs";
import { withRoute } from "@/lib/server/http/with-route";

const ZConfigQuery = z.object({ search: z.string().trim().max(128).optional() });

/** GET /api/s/{serviceId}/p/{projectId}/baselines/configs?search — the workspace's baselines (for pickers). */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZWorkspaceParams, query: ZConfigQuery, response: ZBaselineConfigList },
  handler: ({ params, query }) => listBaselineConfigs({ serviceId: params.serviceId, projectId: params.projectId, search: query.search || undefined }),
});
