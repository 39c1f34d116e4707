import "server-only";
import { ApiError } from "@/lib/server/http/api-error";
import type { TWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { ZGetDagAnswer, type TUpstreamDag } from "./upstream-schemas";

/** GetDag, refused as NOT_FOUND when the DAG belongs to another workspace than the page's. */
export async function getUpstreamDagOrThrow(workspace: Pick<TWorkspaceClient, "client" | "projectId">, dagId: string): Promise<TUpstreamDag> {
  const answer = await workspace.client.call("GetDag", { DagId: dagId, ProjectEnv: "PROD" }, ZGetDagAnswer);
  if (answer.Data.ProjectId != null && answer.Data.ProjectId !== workspace.projectId) {
    throw new ApiError("NOT_FOUND", `DAG ${dagId} is not in workspace ${workspace.projectId}.`);
  }
  return answer.Data;
}
