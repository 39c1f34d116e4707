import { z } from "zod";

/**
 * Shapes shared by every area: IDs, the error body, paging. Universal (server and browser).
 */

/**
 * A 64-bit DataWorks ID as a decimal string. Accepts what arrives from JSON parsing (number, or
 * bigint beyond 2^53) or a URL (string), so it fits upstream schemas, params and bodies alike.
 */
export const zId = z
  .union([
    z.bigint().nonnegative(),
    z.number().int().nonnegative().refine(Number.isSafeInteger, "ID is beyond 2^53 and lost precision"),
    z.string().trim().regex(/^\d{1,20}$/, "must be a decimal ID"),
  ])
  .transform((value) => (typeof value === "string" ? BigInt(value).toString() : value.toString()))
  .refine((value) => BigInt(value) <= 18_446_744_073_709_551_615n, "ID is out of the 64-bit range");
export type TId = z.output<typeof zId>;

/** A console row ID (users, data services, audit records): a positive integer, coerced from a URL. */
export const zRowId = z.coerce.number().int().positive().max(2_147_483_647);

export const API_ERROR_CODES = [
  "VALIDATION_FAILED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_ORIGIN",
  "NOT_FOUND",
  "CONFLICT",
  "REFUSED_BY_STATE",
  "RATE_LIMITED",
  "UPSTREAM_ERROR",
  "UPSTREAM_UNREACHABLE",
  "UPSTREAM_TIMEOUT",
  "INTERNAL",
] as const;
export const ZApiErrorCode = z.enum(API_ERROR_CODES);
export type TApiErrorCode = z.infer<typeof ZApiErrorCode>;

export const ZApiIssue = z.object({ path: z.string(), message: z.string() });
export type TApiIssue = z.infer<typeof ZApiIssue>;

/** Every failed response: `{ error: { code, message, issues?, requestId } }`. */
export const ZApiErrorBody = z.object({
  error: z.object({
    // An unknown code from a newer server still reads as an error, not a parse failure.
    code: z.union([ZApiErrorCode, z.string()]),
    message: z.string(),
    issues: z.array(ZApiIssue).optional(),
    requestId: z.string(),
  }),
});
export type TApiErrorBody = z.infer<typeof ZApiErrorBody>;

/** Every successful response: `{ data: T }`. */
export function zApiData<T extends z.ZodType>(data: T) {
  return z.object({ data });
}

/** Cursor paging for lists ordered newest first: pass `nextCursor` back as `cursor`. */
export const ZCursorPageQuery = z.object({
  cursor: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TCursorPageQuery = z.infer<typeof ZCursorPageQuery>;

export function zCursorPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export type TCursorPage<T> = { items: T[]; nextCursor: string | null };

/** Offset paging (DataWorks' PageNumber/PageSize lists). */
export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export function zPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), totalCount: z.number().int() });
}
export type TPage<T> = { items: T[]; page: number; pageSize: number; totalCount: number };

/** An ISO-8601 instant with offset, as every time crosses HTTP. */
export const zIsoDateTime = z.iso.datetime({ offset: true });

/** Reason typed by an operator for an action; kept in the audit trail. */
export const zReason = z.string().trim().max(500);
