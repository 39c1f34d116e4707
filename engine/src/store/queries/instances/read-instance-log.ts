import type { Database } from "../../database";
import { toStringValue } from "../common/raw-values";

export type InstanceLogText = { text: string; isTruncated: boolean };

/**
 * The instance's log, every attempt in order, as one string. Only the newest `maxChars`
 * characters are kept (a runaway task must not make one answer unbounded).
 */
export async function readInstanceLog(db: Database, instanceId: bigint, maxChars: number): Promise<InstanceLogText> {
  const chunks: string[] = [];
  let total = 0;
  const pageSize = 500;
  let cursor: number | undefined;
  // Newest first, so reading stops as soon as the budget is spent.
  for (;;) {
    const rows = await db.prisma.instanceLog.findMany({
      where: { instanceId, ...(cursor === undefined ? {} : { id: { lt: cursor } }) },
      orderBy: { id: "desc" },
      take: pageSize,
      select: { id: true, text: true },
    });
    for (const row of rows) {
      const text = toStringValue(row.text);
      chunks.push(text);
      total += text.length;
      if (total > maxChars) {
        const joined = chunks.reverse().join("");
        return { text: joined.slice(joined.length - maxChars), isTruncated: true };
      }
    }
    if (rows.length < pageSize) break;
    cursor = rows[rows.length - 1]?.id;
  }
  return { text: chunks.reverse().join(""), isTruncated: false };
}
