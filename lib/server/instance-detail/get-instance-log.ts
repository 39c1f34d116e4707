import "server-only";
import type { TInstanceLogChunk } from "@/lib/contracts/instance-detail";
import { getWorkspaceClient } from "@/lib/server/nodes/workspace-client";
import { getUpstreamInstanceOrThrow } from "./get-upstream-instance";
import { sliceLog } from "./slice-log";
import { ZGetInstanceLogAnswer } from "./upstream-schemas";

/** A multi-MB log takes longer than an ordinary call. */
const LOG_TIMEOUT_MS = 30_000;

/**
 * The instance's log from the character `from` on (GetInstanceLog answers the whole log; only the
 * new part travels to the browser), with the instance's status so the page knows whether to tail.
 */
export async function getInstanceLogChunkOrThrow(input: { serviceId: number; projectId: string; instanceId: string; from: number }): Promise<TInstanceLogChunk> {
  const workspace = await getWorkspaceClient(input.serviceId, input.projectId);
  const instance = await getUpstreamInstanceOrThrow(workspace, input.instanceId);
  const answer = await workspace.client.call("GetInstanceLog", { InstanceId: input.instanceId, ProjectEnv: "PROD" }, ZGetInstanceLogAnswer, { timeoutMs: LOG_TIMEOUT_MS });
  return { ...sliceLog(answer.Data ?? "", input.from), status: instance.Status };
}
