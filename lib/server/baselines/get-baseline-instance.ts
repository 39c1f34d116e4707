import "server-only";
import type { TBaselineInstanceDetail } from "@/lib/contracts/baselines";
import { toZonedMidnightText } from "@/lib/server/instances/zoned-date";
import { ApiError } from "@/lib/server/http/api-error";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { orderUpstreamFirst, toBaselineInstanceRef, toBaselineInstanceSummary, toKeyPathEntry } from "./baseline-mapper";
import { withMonitorErrors } from "./monitor-errors";
import { ZGetBaselineKeyPathAnswer, ZGetBaselineStatusAnswer } from "./upstream-schemas";

/**
 * One baseline instance (GetBaselineStatus) with its key path (GetBaselineKeyPath), upstream
 * first, and the events on it. 404 when the baseline has no instance for that date and cycle, or
 * belongs to another workspace.
 */
export async function getBaselineInstance(input: { serviceId: number; projectId: string; baselineId: string; bizdate: string; inGroupId: number }): Promise<TBaselineInstanceDetail> {
  const { client, timezone } = await getWorkspaceClient(input.serviceId, input.projectId);
  const params = { BaselineId: input.baselineId, Bizdate: toZonedMidnightText(input.bizdate, timezone), InGroupId: input.inGroupId };
  const [status, keyPath] = await withMonitorErrors("baseline instance", () =>
    Promise.all([client.call("GetBaselineStatus", params, ZGetBaselineStatusAnswer), client.call("GetBaselineKeyPath", params, ZGetBaselineKeyPathAnswer)]),
  );
  const data = status.Data;
  if (data.ProjectId !== undefined && data.ProjectId !== null && data.ProjectId !== input.projectId) {
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
