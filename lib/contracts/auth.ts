import { z } from "zod";

/** viewer reads; operator also acts on instances and nodes; admin also manages data services and users. */
export const ROLES = ["viewer", "operator", "admin"] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

const ROLE_RANK: Record<TRole, number> = { viewer: 1, operator: 2, admin: 3 };

/** Whether `role` may do what `needed` may (roles are strictly nested). */
export function roleAllows(role: TRole, needed: TRole): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "at least 2 characters")
  .max(64, "at most 64 characters")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "letters, digits, dot, dash and underscore; starts with a letter or digit");

/** Passwords are not trimmed: every character counts. */
export const ZNewPassword = z.string().min(12, "at least 12 characters").max(200, "at most 200 characters");

export const ZLoginBody = z
  .object({
    username: z.string().trim().toLowerCase().min(1, "enter your username").max(64),
    password: z.string().min(1, "enter your password").max(200),
  })
  .strict();
export type TLoginBody = z.infer<typeof ZLoginBody>;

/** Who is signed in, as the browser sees it. */
export const ZMe = z.object({
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
});
export type TMe = z.infer<typeof ZMe>;

export const ZLogoutResult = z.object({ signedOut: z.literal(true) });
export type TLogoutResult = z.infer<typeof ZLogoutResult>;
