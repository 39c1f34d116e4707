import "server-only";
import type { TBackfillPreview } from "@/lib/contracts/dags";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { estimateBackfill } from "./estimate-backfill";
import { findWorkspaceNodes } from "./find-nodes";

export type TBackfillShape = {
  includeNodeIds: string[];
  excludeNodeIds: string[];
  startBizdate: string;
  endBizdate: string;
  windowStart?: string;
  windowEnd?: string;
};

/** How many DAGs and instances a backfill would create, per node, before anything is created. */
export async function previewBackfill(input: { serviceId: number; projectId: string; backfill: TBackfillShape }): Promise<TBackfillPreview> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const { backfill } = input;
  const { nodes, missingNodeIds } = await findWorkspaceNodes(workspace, [...backfill.includeNodeIds, ...backfill.excludeNodeIds]);
  const estimate = estimateBackfill({
    startBizdate: backfill.startBizdate,
    endBizdate: backfill.endBizdate,
    windowStart: backfill.windowStart,
    windowEnd: backfill.windowEnd,
    nodes,
    excludedNodeIds: new Set(backfill.excludeNodeIds),
  });
  return { ...estimate, missingNodeIds, timezone: workspace.timezone };
}
