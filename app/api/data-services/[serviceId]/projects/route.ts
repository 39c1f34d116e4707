import { z } from "zod";
import { ZDataServiceIdParams } from "@/lib/contracts/data-services";
import { ZProjectList } from "@/lib/contracts/projects";
import { withRoute } from "@/lib/server/http/with-route";
import { listServiceProjects } from "@/lib/server/projects/list-service-projects";

const ZProjectsQuery = z.object({ fresh: z.enum(["0", "1"]).optional() }).strict();

/** GET /api/data-services/{serviceId}/projects[?fresh=1] — the service's projects with their time zones (cached a minute). */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZDataServiceIdParams, query: ZProjectsQuery, response: ZProjectList },
  handler: async ({ params, query }) => ({
    serviceId: params.serviceId,
    items: await listServiceProjects(params.serviceId, { fresh: query.fresh === "1" }),
  }),
});
