import { ZCheckService, ZCheckServiceList, ZConnectivityParams, ZCreateCheckServiceBody } from "@/lib/contracts/connectivity";
import { createCheckService } from "@/lib/server/connectivity/create-check-service";
import { listCheckServices } from "@/lib/server/connectivity/list-check-services";
import { withRoute } from "@/lib/server/http/with-route";

/** GET …/connectivity/check-services — the configured DTS / DLI / DRS endpoints (secrets only flagged). */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZConnectivityParams, response: ZCheckServiceList },
  handler: () => listCheckServices(),
});

/** POST …/connectivity/check-services `{ name, kind, endpoint, region, cloudProjectId, accessKeyId, accessKeySecret }` (admin; audited). */
export const POST = withRoute({
  auth: "admin",
  successStatus: 201,
  schemas: { params: ZConnectivityParams, body: ZCreateCheckServiceBody, response: ZCheckService },
  handler: ({ params, body, actor, requestId }) => createCheckService({ body, actor, requestId, ...params }),
});
