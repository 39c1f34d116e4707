import { z } from "zod";
import { ZCheckService, ZCheckServiceParams, ZUpdateCheckServiceBody } from "@/lib/contracts/connectivity";
import { deleteCheckService } from "@/lib/server/connectivity/delete-check-service";
import { updateCheckService } from "@/lib/server/connectivity/update-check-service";
import { withRoute } from "@/lib/server/http/with-route";

/** PATCH …/check-services/{id} — change fields; an omitted secret is kept (admin; audited). */
export const PATCH = withRoute({
  auth: "admin",
  schemas: { params: ZCheckServiceParams, body: ZUpdateCheckServiceBody, response: ZCheckService },
  handler: ({ params, body, actor, requestId }) => updateCheckService({ ...params, body, actor, requestId }),
});

/** DELETE …/check-services/{id} (admin; audited). */
export const DELETE = withRoute({
  auth: "admin",
  schemas: { params: ZCheckServiceParams, response: z.object({ id: z.number().int(), auditId: z.number().int() }) },
  handler: ({ params, actor, requestId }) => deleteCheckService({ ...params, actor, requestId }),
});
