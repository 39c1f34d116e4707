import "server-only";
import type { TBackfillRequest, TBackfillResult } from "@/lib/contracts/dags";
import type { TActor } from "@/lib/server/auth/actor";
import { ApiError } from "@/lib/server/http/api-error";
import { runAudited } from "@/lib/server/nodes/run-audited";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { findWorkspaceNodes } from "./find-nodes";
import { ZRunCycleDagNodesAnswer } from "./upstream-schemas";

/** Creating a year of DAGs for many nodes takes the upstream a while. */
const BACKFILL_TIMEOUT_MS = 60_000;

const withSeconds = (time: string | undefined) => (time === undefined || time.length === 8 ? time : `${time}:00`);

/**
 * Starts a backfill (RunCycleDagNodes) as the signed-in user with the reason: one SUPPLY_DATA DAG
 * per business date. Nodes outside the workspace are refused before anything is created. One
 * audit record, whatever the outcome. Never retried: a second call would create a second backfill.
 */
export async function runBackfill(input: { serviceId: number; projectId: string; backfill: TBackfillRequest; actor: TActor; requestId: string }): Promise<TBackfillResult> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const { backfill } = input;
  const { value, auditId } = await runAudited(
    {
      actor: input.actor,
      action: "backfills.create",
      targetType: "node",
      targetIds: backfill.includeNodeIds,
      reason: backfill.reason,
      requestId: input.requestId,
      serviceId: input.serviceId,
      projectId: input.projectId,
    },
    async () => {
      const { missingNodeIds } = await findWorkspaceNodes(workspace, [...backfill.includeNodeIds, ...backfill.excludeNodeIds]);
      if (missingNodeIds.length > 0) {
        throw new ApiError("VALIDATION_FAILED", `These nodes are not in workspace ${input.projectId}: ${missingNodeIds.join(", ")}.`, {
          issues: [{ path: "includeNodeIds", message: `unknown nodes: ${missingNodeIds.join(", ")}` }],
        });
      }
      const answer = await workspace.client.call(
        "RunCycleDagNodes",
        {
          ProjectEnv: "PROD",
          ProjectId: input.projectId,
          Name: backfill.name,
          RootNodeId: backfill.rootNodeId,
          IncludeNodeIds: backfill.includeNodeIds.join(","),
          ExcludeNodeIds: backfill.excludeNodeIds.length > 0 ? backfill.excludeNodeIds.join(",") : undefined,
          StartBizDate: `${backfill.startBizdate} 00:00:00`,
          EndBizDate: `${backfill.endBizdate} 00:00:00`,
          BizBeginTime: withSeconds(backfill.windowStart),
          BizEndTime: withSeconds(backfill.windowEnd),
          Parallelism: backfill.isParallel,
          Operator: input.actor.username,
          Reason: backfill.reason,
        },
        ZRunCycleDagNodesAnswer,
        { timeoutMs: BACKFILL_TIMEOUT_MS },
      );
      const dagIds = answer.Data;
      return {
        value: dagIds,
        details: {
          name: backfill.name,
          rootNodeId: backfill.rootNodeId,
          excludeNodeIds: backfill.excludeNodeIds,
          startBizdate: backfill.startBizdate,
          endBizdate: backfill.endBizdate,
          window: { start: backfill.windowStart ?? null, end: backfill.windowEnd ?? null },
          isParallel: backfill.isParallel,
          dagIds,
        },
      };
    },
  );
  return { dagIds: value, auditId };
}
