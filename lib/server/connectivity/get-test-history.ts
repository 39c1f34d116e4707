import "server-only";
import { z } from "zod";
import { ZConnectState, type TConnectivityHistory, type TConnectivityHistoryEntry } from "@/lib/contracts/connectivity";
import { getConsoleDb } from "@/lib/server/db";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { isUnknownAction } from "./extension-fallback";
import { ZTestRunsAnswer } from "./upstream-schemas";

const ZTestDetails = z.object({
  resourceGroupId: z.string().nullish(),
  state: ZConnectState,
  message: z.string().nullish(),
  failedStep: z.string().nullish(),
  durationMs: z.number().nullish(),
});

type HistoryInput = { serviceId: number; projectId: string; dataSourceId: string; limit: number };

/** The embedded engine keeps every run (ListConnectivityTestRuns, a Nightshift extension): batch and YAML-triggered ones too. */
async function fromDataService({ serviceId, dataSourceId, limit }: HistoryInput): Promise<TConnectivityHistoryEntry[]> {
  const client = await getDataWorksClient(serviceId);
  const items: TConnectivityHistoryEntry[] = [];
  let cursor: number | undefined;
  while (items.length < limit) {
    const answer = await client.call("ListConnectivityTestRuns", { DataSourceId: dataSourceId, PageSize: Math.min(100, limit - items.length), Cursor: cursor }, ZTestRunsAnswer);
    for (const run of answer.Data.Runs) {
      const state = ZConnectState.safeParse(run.ConnectState);
      const failed = run.DetailLogs.find((log) => (log.Status ?? "").toLowerCase() === "failed");
      items.push({
        testedAt: new Date(run.StartTime).toISOString(),
        resourceGroup: run.ResourceGroupId === undefined || run.ResourceGroupId === null ? null : String(run.ResourceGroupId),
        state: state.success ? state.data : "Unsupport",
        durationMs: typeof run.EndTime === "number" ? Math.max(0, Math.round(run.EndTime - run.StartTime)) : null,
        message: run.ConnectMessage?.trim() || null,
        failedStep: failed ? failed.Message || failed.Code || null : null,
      });
    }
    if (typeof answer.Data.NextCursor !== "number" || answer.Data.Runs.length === 0) break;
    cursor = answer.Data.NextCursor;
  }
  return items.slice(0, limit).reverse();
}

/** A data source's test history, oldest first: the data service's own record, or (real DataWorks) this console's audit trail. */
export async function getTestHistory(input: HistoryInput): Promise<TConnectivityHistory> {
  try {
    return { dataSourceId: input.dataSourceId, items: await fromDataService(input), source: "data-service" };
  } catch (error) {
    if (!isUnknownAction(error)) throw error;
  }
  return getAuditedTestHistory(input);
}

/**
 * The tests of one data source run through this console, newest first, read from its audit trail
 * (every test is audited with its verdict). Oldest first in the answer, for the chart.
 */
export async function getAuditedTestHistory({ serviceId, projectId, dataSourceId, limit }: HistoryInput): Promise<TConnectivityHistory> {
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
