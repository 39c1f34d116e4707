import "server-only";
import { ApiError } from "@/lib/server/http/api-error";
import type { TUpstreamInstance } from "@/lib/server/instances/instance-mapper";
import { ZGetInstanceAnswer } from "@/lib/server/instances/upstream-schemas";
import type { TWorkspaceClient } from "@/lib/server/nodes/workspace-client";

/** GetInstance, refused as NOT_FOUND when the instance belongs to another workspace than the page's. */
export async function getUpstreamInstanceOrThrow(workspace: Pick<TWorkspaceClient, "client" | "projectId">, instanceId: string): Promise<TUpstreamInstance> {
  const answer = await workspace.client.call("GetInstance", { InstanceId: instanceId, ProjectEnv: "PROD" }, ZGetInstanceAnswer);
  const instance = answer.Data;
  if (instance.ProjectId != null && instance.ProjectId !== workspace.projectId) {
    throw new ApiError("NOT_FOUND", `Instance ${instanceId} is not in workspace ${workspace.projectId}.`);
  }
  return instance;
}
