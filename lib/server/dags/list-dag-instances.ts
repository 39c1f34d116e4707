import "server-only";
import type { TUpstreamInstance } from "@/lib/server/instances/instance-mapper";
import { ZListInstancesAnswer } from "@/lib/server/instances/upstream-schemas";
import type { TWorkspaceClient } from "@/lib/server/nodes/workspace-client";

const PAGE_SIZE = 100;

/**
 * Every instance of one DAG (ListInstances by DagId, by the engine's cursor or by page number),
 * up to `cap`; `isCapped` when there are more.
 */
export async function listDagInstances(workspace: TWorkspaceClient, dagId: string, cap: number): Promise<{ instances: TUpstreamInstance[]; isCapped: boolean }> {
  const instances: TUpstreamInstance[] = [];
  let cursor: string | undefined;
  for (let page = 1; instances.length < cap; page++) {
    const answer = await workspace.client.call(
      "ListInstances",
      { ProjectId: workspace.projectId, ProjectEnv: "PROD", DagId: dagId, PageSize: PAGE_SIZE, ...(cursor ? { Cursor: cursor } : { PageNumber: page }) },
      ZListInstancesAnswer,
    );
    instances.push(...answer.Data.Instances);
    const hasMore = answer.Data.NextCursor !== undefined ? answer.Data.NextCursor !== null : page * PAGE_SIZE < answer.Data.TotalCount && page < 100;
    if (!hasMore || answer.Data.Instances.length === 0) return { instances, isCapped: false };
    cursor = answer.Data.NextCursor ?? undefined;
  }
  return { instances: instances.slice(0, cap), isCapped: true };
}
