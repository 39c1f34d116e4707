import { ZDagGraph, ZDagParams } from "@/lib/contracts/dags";
import { getDagGraphOrThrow } from "@/lib/server/dags/get-dag-graph";
import { withRoute } from "@/lib/server/http/with-route";

/** GET …/dags/{dagId}/graph — the DAG's instances and the edges among them (only a count above 5,000). */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZDagParams, response: ZDagGraph },
  handler: ({ params }) => getDagGraphOrThrow(params),
});
