import { z } from "zod";
import { zCursorPage, zRowId } from "./common";

export const AUDIT_RESULTS = ["ok", "partial", "failed", "refused"] as const;
export const ZAuditResult = z.enum(AUDIT_RESULTS);
export type TAuditResult = z.infer<typeof ZAuditResult>;

/** One audit record as the browser sees it. */
export const ZAuditRecord = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetIds: z.array(z.string()),
  serviceId: z.number().int().nullable(),
  projectId: z.string().nullable(),
  reason: z.string(),
  result: ZAuditResult,
  details: z.unknown(),
  requestId: z.string(),
});
export type TAuditRecord = z.infer<typeof ZAuditRecord>;

const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value === "" ? undefined : value));

/** GET /api/audit and the /audit page's URL: every filter optional, newest first, cursor paging. */
export const ZAuditListQuery = z.object({
  actor: zOptionalText(64),
  action: zOptionalText(100),
  result: ZAuditResult.optional().catch(undefined),
  since: z.iso.datetime({ offset: true }).optional().catch(undefined),
  until: z.iso.datetime({ offset: true }).optional().catch(undefined),
  targetId: zOptionalText(40),
  cursor: zOptionalText(40),
  limit: z.coerce.number().int().min(1).max(200).default(50).catch(50),
});
export type TAuditListQuery = z.infer<typeof ZAuditListQuery>;
export type TAuditListQueryInput = z.input<typeof ZAuditListQuery>;

export const ZAuditPage = zCursorPage(ZAuditRecord);
export type TAuditPage = z.infer<typeof ZAuditPage>;

export const ZAuditRecordIdParams = z.object({ auditId: zRowId });
