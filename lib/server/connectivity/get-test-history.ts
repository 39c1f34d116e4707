import "server-only";
import { z } from "zod";
import { ZConnectState, type TConnectivityHistory } from "@/lib/contracts/connectivity";
import { getConsoleDb } from "@/lib/server/db";

const ZTestDetails = z.object({
  resourceGroupId: z.string().nullish(),
  state: ZConnectState,
  message: z.string().nullish(),
  failedStep: z.string().nullish(),
  durationMs: z.number().nullish(),
});

/**
 * The tests of one data source run through this console, newest first, read from its audit trail
 * (every test is audited with its verdict). Oldest first in the answer, for the chart.
 */
export async function getTestHistory({ serviceId, projectId, dataSourceId, limit }: { serviceId: number; projectId: string; dataSourceId: string; limit: number }): Promise<TConnectivityHistory> {
  const db = await getConsoleDb();
  const rows = await db.auditRecord.findMany({
    where: { action: "connectivity.test", serviceId, projectId, result: "ok", targetIds: JSON.stringify([dataSourceId]) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: { at: true, details: true },
  });
  const items = rows.flatMap((row) => {
    let details: unknown;
    try {
      details = JSON.parse(row.details);
    } catch {
      return [];
    }
    const parsed = ZTestDetails.safeParse(details);
    if (!parsed.success) return [];
    return [
      {
        testedAt: row.at.toISOString(),
        resourceGroup: parsed.data.resourceGroupId ?? null,
        state: parsed.data.state,
        durationMs: typeof parsed.data.durationMs === "number" ? Math.round(parsed.data.durationMs) : null,
        message: parsed.data.message ?? null,
        failedStep: parsed.data.failedStep ?? null,
      },
    ];
  });
  return { dataSourceId, items: items.reverse(), source: "console" };
}
