import { ZDagDetail, ZDagParams } from "@/lib/contracts/dags";
import { getDagDetailOrThrow } from "@/lib/server/dags/get-dag-detail";
import { withRoute } from "@/lib/server/http/with-route";

/** GET …/dags/{dagId} — the DAG, its progress, and the other DAGs of its backfill. Its graph: graph/. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZDagParams, response: ZDagDetail },
  handler: ({ params }) => getDagDetailOrThrow(params),
});
