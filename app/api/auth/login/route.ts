import { ZLoginBody, ZMe } from "@/lib/contracts/auth";
import { loginOrThrow } from "@/lib/server/auth/login";
import { withRoute } from "@/lib/server/http/with-route";

/** POST /api/auth/login — checks a username and password, sets the ns_session cookie, answers who signed in. */
export const POST = withRoute({
  auth: "public",
  schemas: { body: ZLoginBody, response: ZMe },
  handler: async ({ body, request, requestId, responseHeaders }) => {
    const { me, setCookie } = await loginOrThrow({ body, request, requestId });
    responseHeaders.append("set-cookie", setCookie);
    return me;
  },
});
