import { ZDataSourceMutationResult, ZDataSourceParams, ZUpdateDataSourceBody } from "@/lib/contracts/connectivity";
import { deleteDataSource } from "@/lib/server/connectivity/delete-data-source";
import { updateDataSource } from "@/lib/server/connectivity/update-data-source";
import { withRoute } from "@/lib/server/http/with-route";

/** PUT …/connectivity/data-sources/{id} `{ description?, envType, connection }` — replace its connection (admin; audited). An empty password keeps the stored one. */
export const PUT = withRoute({
  auth: "admin",
  schemas: { params: ZDataSourceParams, body: ZUpdateDataSourceBody, response: ZDataSourceMutationResult },
  handler: ({ params, body, actor, requestId }) => updateDataSource({ ...params, body, actor, requestId }),
});

/** DELETE …/connectivity/data-sources/{id} — delete it (admin; audited). */
export const DELETE = withRoute({
  auth: "admin",
  schemas: { params: ZDataSourceParams, response: ZDataSourceMutationResult },
  handler: ({ params, actor, requestId }) => deleteDataSource({ ...params, actor, requestId }),
});
