import { ZUpdateUserBody, ZUserIdParams, ZUserWithPassword } from "@/lib/contracts/users";
import { withRoute } from "@/lib/server/http/with-route";
import { updateUserOrThrow } from "@/lib/server/users/update-user";

/** PATCH /api/users/{userId} — display name, role, disabled, password (set or reset) (admin). */
export const PATCH = withRoute({
  auth: "admin",
  schemas: { params: ZUserIdParams, body: ZUpdateUserBody, response: ZUserWithPassword },
  handler: ({ params, body, actor, requestId }) => updateUserOrThrow({ userId: params.userId, body, actor, requestId }),
});
