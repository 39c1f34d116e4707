import { z } from "zod";
import { ZDataService, ZDataServiceIdParams, ZUpdateDataServiceBody } from "@/lib/contracts/data-services";
import { deleteDataService } from "@/lib/server/data-services/delete-data-service";
import { getDataServiceOrThrow } from "@/lib/server/data-services/list-data-services";
import { updateDataService } from "@/lib/server/data-services/update-data-service";
import { withRoute } from "@/lib/server/http/with-route";

/**
 * GET    /api/data-services/{serviceId}  — one data service (no secret).
 * PATCH  /api/data-services/{serviceId}  — change fields (admin); an omitted secret is kept.
 * DELETE /api/data-services/{serviceId}  — remove it (admin); the embedded engine's cannot be removed.
 */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZDataServiceIdParams, response: ZDataService },
  handler: ({ params }) => getDataServiceOrThrow(params.serviceId),
});

export const PATCH = withRoute({
  auth: "admin",
  schemas: { params: ZDataServiceIdParams, body: ZUpdateDataServiceBody, response: ZDataService },
  handler: ({ params, body, actor, requestId }) => updateDataService({ serviceId: params.serviceId, body, actor, requestId }),
});

export const DELETE = withRoute({
  auth: "admin",
  schemas: { params: ZDataServiceIdParams, response: z.object({ id: z.number().int() }) },
  handler: ({ params, actor, requestId }) => deleteDataService({ serviceId: params.serviceId, actor, requestId }),
});
