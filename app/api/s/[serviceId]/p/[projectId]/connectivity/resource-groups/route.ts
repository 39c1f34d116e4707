import { ZConnectivityParams, ZResourceGroupList } from "@/lib/contracts/connectivity";
import { listResourceGroups } from "@/lib/server/connectivity/list-resource-groups";
import { withRoute } from "@/lib/server/http/with-route";

/** GET …/connectivity/resource-groups — where tests can run from, the default first. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZConnectivityParams, response: ZResourceGroupList },
  handler: ({ params }) => listResourceGroups(params),
});
