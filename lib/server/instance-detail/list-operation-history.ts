import "server-only";
import type { TOperationHistory } from "@/lib/contracts/instance-detail";
import { getConsoleDb } from "@/lib/server/db";
import { isUnknownActionError } from "@/lib/server/instances/upstream-code";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { getUpstreamInstanceOrThrow } from "./get-upstream-instance";
import { mergeOperationHistory, toConsoleOperationEntry, toEngineOperationEntry } from "./merge-operation-history";
import { ZListInstanceOperationsAnswer } from "./upstream-schemas";

const HISTORY_LIMIT = 100;

/**
 * What was asked of an instance: the engine's operations audit (ListInstanceOperations, with the
 * state before and after — not on real DataWorks) and the console's own audit records that name it.
 */
export async function listOperationHistoryOrThrow(input: { serviceId: number; projectId: string; instanceId: string }): Promise<TOperationHistory> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  await getUpstreamInstanceOrThrow(workspace, input.instanceId);
  const db = await getConsoleDb();
  const [engine, rows] = await Promise.all([
    workspace.client
      .call("ListInstanceOperations", { InstanceId: input.instanceId, PageSize: HISTORY_LIMIT, ProjectEnv: "PROD" }, ZListInstanceOperationsAnswer)
      .then((answer) => answer.Data.Operations.map(toEngineOperationEntry))
      .catch((error: unknown) => {
        if (isUnknownActionError(error)) return null;
        throw error;
      }),
    db.auditRecord.findMany({
      // targetIds is a JSON array of decimal strings: the quoted ID cannot match a longer one.
      where: { serviceId: input.serviceId, targetIds: { contains: `"${input.instanceId}"` } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { id: true, at: true, actorName: true, action: true, result: true, reason: true, details: true, requestId: true },
    }),
  ]);
  const consoleEntries = rows.map((row) => toConsoleOperationEntry(row, input.instanceId));
  return { items: mergeOperationHistory(engine ?? [], consoleEntries), isEngineHistoryAvailable: engine !== null, timezone: workspace.timezone };
}
