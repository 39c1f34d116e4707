import "server-only";
import type { TAuditListQuery, TAuditPage } from "@/lib/contracts/audit";
import { getConsoleDb } from "@/lib/server/db";
import { toAuditRecordDto } from "./to-audit-record-dto";

/**
 * Audit records newest first (by id, which follows insertion order), filtered; `nextCursor` is the
 * last id of the page. `action` matches a prefix ("users." finds every users action).
 */
export async function listAuditRecords(query: TAuditListQuery): Promise<TAuditPage> {
  const db = await getConsoleDb();
  const cursorId = query.cursor && /^\d+$/.test(query.cursor) ? Number(query.cursor) : undefined;
  const rows = await db.auditRecord.findMany({
    where: {
      id: cursorId === undefined ? undefined : { lt: cursorId },
      actorName: query.actor,
      action: query.action ? { startsWith: query.action } : undefined,
      result: query.result,
      at: query.since || query.until ? { gte: query.since ? new Date(query.since) : undefined, lt: query.until ? new Date(query.until) : undefined } : undefined,
      // targetIds is a JSON array of strings; the quotes make "12" not match "123".
      targetIds: query.targetId ? { contains: JSON.stringify(query.targetId) } : undefined,
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const hasMore = rows.length > query.limit;
  return { items: page.map(toAuditRecordDto), nextCursor: hasMore && page.length ? String(page[page.length - 1]?.id) : null };
}
