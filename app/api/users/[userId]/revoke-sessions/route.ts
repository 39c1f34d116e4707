import { ZRevokeSessionsResult, ZUserIdParams } from "@/lib/contracts/users";
import { withRoute } from "@/lib/server/http/with-route";
import { revokeUserSessionsOrThrow } from "@/lib/server/users/revoke-user-sessions";

/** POST /api/users/{userId}/revoke-sessions — signs the user out everywhere (admin). */
export const POST = withRoute({
  auth: "admin",
  schemas: { params: ZUserIdParams, response: ZRevokeSessionsResult },
  handler: ({ params, actor, requestId }) => revokeUserSessionsOrThrow({ userId: params.userId, actor, requestId }),
});
