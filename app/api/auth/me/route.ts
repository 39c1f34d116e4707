import { ZMe } from "@/lib/contracts/auth";
import { toMe } from "@/lib/server/auth/to-me";
import { withRoute } from "@/lib/server/http/with-route";

/** GET /api/auth/me — who is signed in (401 when nobody is). */
export const GET = withRoute({
  auth: "viewer",
  schemas: { response: ZMe },
  handler: async ({ actor }) => toMe(actor),
});
