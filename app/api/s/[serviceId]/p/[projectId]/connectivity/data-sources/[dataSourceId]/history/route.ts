import { ZConnectivityHistory, ZDataSourceParams, ZHistoryQuery } from "@/lib/contracts/connectivity";
import { getTestHistory } from "@/lib/server/connectivity/get-test-history";
import { withRoute } from "@/lib/server/http/with-route";

/** GET …/connectivity/data-sources/{id}/history?limit= — its past tests, oldest first (for the reachability chart). */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZDataSourceParams, query: ZHistoryQuery, response: ZConnectivityHistory },
  handler: ({ params, query }) => getTestHistory({ ...params, limit: query.limit }),
});
