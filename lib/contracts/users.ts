import { z } from "zod";
import { zRowId } from "./common";
import { ZNewPassword, ZRole, ZUsername } from "./auth";

/** An account as admins see it; never the password hash. */
export const ZUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  createdAt: z.string(),
  updatedAt: z.string(),
  disabledAt: z.string().nullable(),
  activeSessionCount: z.number().int().nonnegative(),
  lastSeenAt: z.string().nullable(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserList = z.object({ items: z.array(ZUser) });
export type TUserList = z.infer<typeof ZUserList>;

export const ZUserIdParams = z.object({ userId: zRowId });

const zDisplayName = z.string().trim().min(1, "enter a name").max(100, "at most 100 characters");

/** Without a password, one is generated and shown once in the answer. */
export const ZCreateUserBody = z
  .object({
    username: ZUsername,
    displayName: zDisplayName.optional(),
    role: ZRole,
    password: ZNewPassword.optional(),
  })
  .strict();
export type TCreateUserBody = z.infer<typeof ZCreateUserBody>;
export type TCreateUserInput = z.input<typeof ZCreateUserBody>;

/** `generatedPassword` is present only when the server generated one; it is not stored in clear anywhere. */
export const ZUserWithPassword = z.object({ user: ZUser, generatedPassword: z.string().nullable() });
export type TUserWithPassword = z.infer<typeof ZUserWithPassword>;

/** One or more changes; `resetPassword: true` generates a new password, `password` sets a chosen one. */
export const ZUpdateUserBody = z
  .object({
    displayName: zDisplayName.optional(),
    role: ZRole.optional(),
    disabled: z.boolean().optional(),
    password: ZNewPassword.optional(),
    resetPassword: z.literal(true).optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: "nothing to change" })
  .refine((body) => !(body.password && body.resetPassword), { message: "choose a password or a reset, not both", path: ["password"] });
export type TUpdateUserBody = z.infer<typeof ZUpdateUserBody>;
export type TUpdateUserInput = z.input<typeof ZUpdateUserBody>;

export const ZRevokeSessionsResult = z.object({ revokedCount: z.number().int().nonnegative() });
export type TRevokeSessionsResult = z.infer<typeof ZRevokeSessionsResult>;
