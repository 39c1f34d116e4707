import { ZLogoutResult } from "@/lib/contracts/auth";
import { logout } from "@/lib/server/auth/logout";
import { withRoute } from "@/lib/server/http/with-route";

/** POST /api/auth/logout — ends the current session; succeeds even when it had already ended. */
export const POST = withRoute({
  auth: "public",
  schemas: { response: ZLogoutResult },
  handler: async ({ actor, request, requestId, responseHeaders }) => {
    const { setCookie } = await logout({ actor, request, requestId });
    responseHeaders.append("set-cookie", setCookie);
    return { signedOut: true as const };
  },
});
