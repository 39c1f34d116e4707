import { ZInstanceGraph, ZInstanceGraphQuery, ZInstanceParams } from "@/lib/contracts/instance-detail";
import { withRoute } from "@/lib/server/http/with-route";
import { getInstanceGraphOrThrow } from "@/lib/server/instance-detail/get-instance-graph";

/** GET …/instances/{instanceId}/graph?depth=1..5&direction=UPSTREAM|DOWNSTREAM|BOTH — the instances around it and their edges. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZInstanceParams, query: ZInstanceGraphQuery, response: ZInstanceGraph },
  handler: ({ params, query }) => getInstanceGraphOrThrow({ ...params, depth: query.depth, direction: query.direction }),
});
