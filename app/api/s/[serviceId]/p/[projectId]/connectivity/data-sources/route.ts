import { ZConnectivityParams, ZCreateDataSourceBody, ZDataSourceList, ZDataSourceMutationResult } from "@/lib/contracts/connectivity";
import { createDataSource } from "@/lib/server/connectivity/create-data-source";
import { listDataSources } from "@/lib/server/connectivity/list-data-sources";
import { withRoute } from "@/lib/server/http/with-route";

/** GET …/connectivity/data-sources — the workspace's data sources with their last result (never a secret). */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZConnectivityParams, response: ZDataSourceList },
  handler: ({ params }) => listDataSources({ serviceId: params.serviceId, projectId: params.projectId }),
});

/** POST …/connectivity/data-sources `{ name, description, envType, connection }` — create one (admin; audited). */
export const POST = withRoute({
  auth: "admin",
  successStatus: 201,
  schemas: { params: ZConnectivityParams, body: ZCreateDataSourceBody, response: ZDataSourceMutationResult },
  handler: ({ params, body, actor, requestId }) => createDataSource({ serviceId: params.serviceId, projectId: params.projectId, body, actor, requestId }),
});
