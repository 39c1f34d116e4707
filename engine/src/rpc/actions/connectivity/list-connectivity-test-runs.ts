import { z } from "zod";
import { EngineError } from "../../../model/errors";
import { listTestRuns } from "../../../store/queries/connectivity/test-runs";
import { zEpochMillis, zInt, zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";

/**
 * Nightshift extension: the stored test runs, newest first, each with its steps — the history of
 * when a data source stopped (or started) being reachable. Filter by data source, workspace,
 * resource group or batch; page with `Cursor` (the previous page's `NextCursor`).
 */
export const listConnectivityTestRunsAction = defineAction({
  name: "ListConnectivityTestRuns",
  level: 1,
  envelope: "standard",
  params: z.object({
    ProjectId: zLong.optional(),
    DataSourceId: zLong.optional(),
    ResourceGroupId: zLong.optional(),
    BatchId: zText({ max: 64 }).optional(),
    Since: zEpochMillis.optional(),
    PageSize: zInt(1, 100).default(20),
    Cursor: zInt(1, 2_147_483_647).optional(),
  }),
  handler: async (params, context) => {
    if (params.ProjectId === undefined && params.DataSourceId === undefined && params.BatchId === undefined) {
      throw new EngineError("Invalid.Wkbench.Parameter", "The specified parameters are invalid: give ProjectId, DataSourceId or BatchId.", 400);
    }
    const rows = await listTestRuns(
      context.db,
      { projectId: params.ProjectId, dataSourceId: params.DataSourceId, resourceGroupId: params.ResourceGroupId, batchId: params.BatchId, since: params.Since, beforeId: params.Cursor },
      params.PageSize + 1,
    );
    const page = rows.slice(0, params.PageSize);
    return {
      Runs: page.map((row) => {
        const steps = JSON.parse(row.steps) as { code: string; name: string; startTime: number; endTime: number; outcome: string; detail: string }[];
        return {
          RunId: row.id,
          BatchId: row.batchId,
          Kind: row.kind,
          Role: row.role,
          ProjectId: row.projectId,
          DataSourceId: row.dataSourceId,
          ResourceGroupId: row.resourceGroupId,
          ConnectState: row.connectState,
          ConnectMessage: row.message,
          ConnectAdvice: row.advice,
          Operator: row.operator,
          RequestId: row.requestId,
          StartTime: Number(row.startedAt),
          EndTime: Number(row.finishedAt),
          DetailLogs: steps.map((step) => ({ Code: step.code, Message: step.name, StartTime: step.startTime, EndTime: step.endTime, Status: step.outcome, Detail: step.detail })),
        };
      }),
      NextCursor: rows.length > params.PageSize ? (page[page.length - 1]?.id ?? null) : null,
    };
  },
});
