import "server-only";
import { mapWithConcurrency } from "@/lib/server/instances/concurrency";
import type { TUpstreamInstance } from "@/lib/server/instances/instance-mapper";
import { ZListInstancesAnswer } from "@/lib/server/instances/upstream-schemas";
import type { TWorkspaceClient } from "@/lib/server/nodes/workspace-client";

/** The instances of each node within one DAG (ListInstances by NodeId and DagId, the first 100 of each). */
export async function findNodeInstancesInDag(workspace: TWorkspaceClient, nodeIds: readonly string[], dagId: string): Promise<TUpstreamInstance[]> {
  const pages = await mapWithConcurrency(nodeIds, 4, async (nodeId) => {
    const answer = await workspace.client.call(
      "ListInstances",
      { ProjectId: workspace.projectId, ProjectEnv: "PROD", NodeId: nodeId, DagId: dagId, PageNumber: 1, PageSize: 100 },
      ZListInstancesAnswer,
    );
    return answer.Data.Instances;
  });
  return pages.flat();
}
