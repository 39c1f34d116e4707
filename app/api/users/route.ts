import { ZCreateUserBody, ZUserList, ZUserWithPassword } from "@/lib/contracts/users";
import { withRoute } from "@/lib/server/http/with-route";
import { createUser } from "@/lib/server/users/create-user";
import { listUsers } from "@/lib/server/users/list-users";

/**
 * GET  /api/users — every account (admin).
 * POST /api/users — creates an account; answers a generated password once when none was given (admin).
 */
export const GET = withRoute({
  auth: "admin",
  schemas: { response: ZUserList },
  handler: () => listUsers(),
});

export const POST = withRoute({
  auth: "admin",
  successStatus: 201,
  schemas: { body: ZCreateUserBody, response: ZUserWithPassword },
  handler: ({ body, actor, requestId }) => createUser({ body, actor, requestId }),
});
