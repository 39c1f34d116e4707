import { z } from "zod";
import { ZCreateDataServiceBody, ZDataService, ZDataServiceList } from "@/lib/contracts/data-services";
import { createDataService } from "@/lib/server/data-services/create-data-service";
import { listDataServices } from "@/lib/server/data-services/list-data-services";
import { withRoute } from "@/lib/server/http/with-route";

/**
 * GET  /api/data-services  — every data service (no secrets; `hasSecret: true`). Any signed-in user: the header picker needs it.
 * POST /api/data-services  — add one (admin); the secret is sealed at rest and never returned.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { query: z.object({}), response: ZDataServiceList },
  handler: async () => ({ items: await listDataServices() }),
});

export const POST = withRoute({
  auth: "admin",
  successStatus: 201,
  schemas: { body: ZCreateDataServiceBody, response: ZDataService },
  handler: ({ body, actor, requestId }) => createDataService({ body, actor, requestId }),
});
