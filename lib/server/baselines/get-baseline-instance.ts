import "server-only";
import type { TBaselineInstanceDetail } from "@/lib/contracts/baselines";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { readBaselineInstance } from "./read-baseline-instance";

/**
 * One baseline instance (GetBaselineStatus) with its key path (GetBaselineKeyPath), upstream
 * first, and the events on it. 404 when the baseline has no instance for that date and cycle, or
 * belongs to another workspace.
 */
export async function getBaselineInstance(input: { serviceId: number; projectId: string; baselineId: string; bizdate: string; inGroupId: number }): Promise<TBaselineInstanceDetail> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  return readBaselineInstance(workspace, input);
}
