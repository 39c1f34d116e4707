import "server-only";
import type { TBaselineInstanceDetail } from "@/lib/contracts/baselines";
import { ApiError } from "@/lib/server/http/api-error";
import { toZonedMidnightText } from "@/lib/server/instances/zoned-date";
import type { TWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { orderUpstreamFirst, toBaselineInstanceRef, toBaselineInstanceSummary, toKeyPathEntry } from "./baseline-mapper";
import { withMonitorErrors } from "./monitor-errors";
import { ZGetBaselineKeyPathAnswer, ZGetBaselineStatusAnswer } from "./upstream-schemas";

export type TBaselineInstanceKey = { baselineId: string; bizdate: string; inGroupId: number };

/**
 * GetBaselineStatus and GetBaselineKeyPath of one baseline instance through a workspace's client,
 * mapped; 404 when the baseline has no instance for that date and cycle or belongs to another
 * workspace. Shared by the instance page's detail and its neighbourhood graph.
 */
export async function readBaselineInstance(workspace: TWorkspaceClient, key: TBaselineInstanceKey): Promise<TBaselineInstanceDetail> {
  const { client, timezone } = workspace;
  const params = { BaselineId: key.baselineId, Bizdate: toZonedMidnightText(key.bizdate, timezone), InGroupId: key.inGroupId };
  const [status, keyPath] = await withMonitorErrors("baseline instance", () =>
    Promise.all([client.call("GetBaselineStatus", params, ZGetBaselineStatusAnswer), client.call("GetBaselineKeyPath", params, ZGetBaselineKeyPathAnswer)]),
  );
  const data = status.Data;
  if (data.ProjectId !== undefined && data.ProjectId !== null && data.ProjectId !== workspace.projectId) {
    throw new ApiError("NOT_FOUND", "This baseline belongs to another workspace.");
  }
  return {
    baseline: toBaselineInstanceSummary(data, timezone),
    blockInstance: toBaselineInstanceRef(data.BlockInstance),
    lastInstance: toBaselineInstanceRef(data.LastInstance),
    keyPath: orderUpstreamFirst((keyPath.Data ?? []).map(toKeyPathEntry)),
    timezone,
  };
}
