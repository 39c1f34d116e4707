import { z } from "zod";
import type { OperationRecord } from "../../model/entities";
import type { Database } from "../../store/database";
import { invalidParameter } from "./refusal";

export const ZListOperationsQuery = z.object({
  targetType: z.enum(["instance", "node", "dag", "workspace"]).optional(),
  targetId: z.bigint().optional(),
  projectId: z.bigint().optional(),
  /** Only operations at or after this instant (epoch ms). */
  since: z.number().int().nonnegative().optional(),
  limit: z.number().int().min(1).max(500),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().regex(/^\d+$/, "must be the nextCursor of a previous page").optional(),
});
export type ListOperationsQuery = z.input<typeof ZListOperationsQuery>;

export type OperationsPage = { operations: OperationRecord[]; nextCursor: string | null };

/** The operations history, newest first, a page at a time (keyset paging on the row ID). */
export async function listOperations(db: Database, query: ListOperationsQuery): Promise<OperationsPage> {
  const parsed = ZListOperationsQuery.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidParameter(`The specified parameters are invalid: ${String(issue?.path[0] ?? "query")}: ${issue?.message ?? "invalid"}.`);
  }
  const { targetType, targetId, projectId, since, limit, cursor } = parsed.data;
  const rows = await db.prisma.operation.findMany({
    where: {
      ...(targetType !== undefined ? { targetType } : {}),
      ...(targetId !== undefined ? { targetId } : {}),
      ...(projectId !== undefined ? { projectId } : {}),
      ...(since !== undefined ? { at: { gte: BigInt(since) } } : {}),
      ...(cursor !== undefined ? { id: { lt: Number(cursor) } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return {
    operations: page.map((row) => ({
      id: BigInt(row.id),
      projectId: row.projectId,
      action: row.action,
      operator: row.operator,
      reason: row.reason,
      targetType: row.targetType as OperationRecord["targetType"],
      targetId: row.targetId,
      before: row.before,
      after: row.after,
      result: row.result as OperationRecord["result"],
      errorCode: row.errorCode,
      requestId: row.requestId,
      at: Number(row.at),
    })),
    nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null,
  };
}
