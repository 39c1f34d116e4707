import { ZInstanceLogChunk, ZInstanceLogQuery, ZInstanceParams } from "@/lib/contracts/instance-detail";
import { withRoute } from "@/lib/server/http/with-route";
import { getInstanceLogChunkOrThrow } from "@/lib/server/instance-detail/get-instance-log";

/** GET …/instances/{instanceId}/log?from=N — the log after the N characters the page holds (the whole log for 0), and the status. */
export const GET = withRoute({
  auth: "viewer",
  schemas: { params: ZInstanceParams, query: ZInstanceLogQuery, response: ZInstanceLogChunk },
  handler: ({ params, query }) => getInstanceLogChunkOrThrow({ ...params, from: query.from }),
});
